/**
 * The English strings of the app, one file per screen folder of ui/src/lib,
 * plus `common` for the words many screens share. Every language is a folder
 * like this one with the same keys (CONTRIBUTING.md, "Strings and
 * languages"). `{{name}}` is filled in when the string is shown; a key with
 * `_one` and `_other` forms is chosen by `count` (i18next's plural rules).
 */
import { app, sidebar } from "./app";
import { calendar } from "./calendar";
import { cme } from "./cme";
import { common } from "./common";
import { contacts } from "./contacts";
import { messages } from "./messages";
import { network } from "./network";
import { profile } from "./profile";
import { session } from "./session";
import { settings } from "./settings";
import { time, today } from "./today";
import { transfer } from "./transfer";
import { welcome } from "./welcome";
import { widgets } from "./widgets";

export const en = {
  common,
  app,
  sidebar,
  today,
  time,
  contacts,
  profile,
  calendar,
  cme,
  network,
  settings,
  welcome,
  session,
  transfer,
  messages,
  widgets,
};

/** The shape every catalogue has: the same keys, any strings. */
export type Catalogue = typeof en;
