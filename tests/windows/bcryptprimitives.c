/*
 * ProcessPrng for Wine versions that lack bcryptprimitives.dll (Debian 12's
 * Wine 8.0 among them). Rust's standard library on Windows 10 and later
 * takes its random numbers (HashMap keys) from ProcessPrng, so without this
 * DLL no Rust program starts under such a Wine ("bcryptprimitives.dll not
 * found", exit 53). Real Windows has the DLL; .ci/cross builds this one
 * with mingw-w64 into its own Wine prefix only when Wine has none.
 * RtlGenRandom (advapi32's SystemFunction036) is Wine's system CSPRNG.
 */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
