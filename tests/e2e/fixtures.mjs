// Import files the end-to-end tests write for themselves.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GIVEN = ['Amara', 'Ben', 'Chen', 'Dolores', 'Elijah', 'Fatima', 'Grace', 'Hiroshi', 'Ines', 'Jana'];
const FAMILY = ['Okafor', 'Carter', 'Wei', 'Muñoz', 'Brooks', 'Al-Sayed', 'Lindqvist', 'Tanaka', 'Silva', 'Müller'];
const SPECIALTY = ['Cardiology', 'Nephrology', 'Oncology', 'Emergency medicine', 'Dermatology'];

/**
 * A vCard 3.0 file of `count` generated colleagues, plus Zainab Quartey twice,
 * written two ways with one phone number: the importer cannot tell they are
 * one person, duplicate detection can. Returns its path.
 */
export function writeVcards(dir, count) {
  const cards = [];
  for (let i = 0; i < count; i++) {
    const given = GIVEN[i % GIVEN.length];
    const family = `${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}${i}`;
    cards.push(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `UID:e2e-${i}`,
        `FN:${given} ${family}`,
        `N:${family};${given};;;MD`,
        `ORG:Hospital ${i % 50}`,
        `ROLE:${SPECIALTY[i % SPECIALTY.length]}`,
        `EMAIL;TYPE=WORK:${given.toLowerCase()}.${i}@example.org`,
        'END:VCARD',
      ].join('\r\n'),
    );
  }
  for (const [name, email] of [['Zainab Quartey', 'zainab@example.org'], ['Quartey, Zainab', 'z.quartey@korlebu.example']]) {
    cards.push(
      ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `EMAIL:${email}`, 'TEL;TYPE=CELL:+233 30 266 5401', 'ORG:Korle Bu', 'END:VCARD'].join('\r\n'),
    );
  }
  const path = join(dir, 'colleagues.vcf');
  writeFileSync(path, cards.join('\r\n') + '\r\n');
  return path;
}
