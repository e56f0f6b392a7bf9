import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { startTheme } from "./lib/settings/theme";

startTheme();

const target = document.getElementById("app");
if (!target) throw new Error("index.html lacks the #app element");

export default mount(App, { target });
