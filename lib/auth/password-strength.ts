import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/**
 * Refuses guessable passwords with zxcvbn's estimate (dictionaries of common passwords, English
 * words and names, keyboard patterns, repeats, sequences, dates). Server-only: the dictionaries
 * are several hundred kilobytes that public pages' JavaScript should not carry, so the browser
 * checks length and the server checks strength (superRefine in lib/users/schemas-server.ts).
 * Levenshtein matching is off: on this hardware it turned a check of ~50 ms into seconds.
 */
const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  useLevenshteinDistance: false,
});

/** zxcvbn scores 0-4; 3 is "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

/** Why zxcvbn finds a password weak, as `validation` catalog keys. */
const REASONS: Record<string, string> = {
  topTen: 'passwordCommon',
  topHundred: 'passwordCommon',
  common: 'passwordCommon',
  similarToCommon: 'passwordCommon',
  pwned: 'passwordCommon',
  straightRow: 'passwordKeyboard',
  keyPattern: 'passwordKeyboard',
  simpleRepeat: 'passwordRepeat',
  extendedRepeat: 'passwordRepeat',
  sequences: 'passwordSequence',
  recentYears: 'passwordDate',
  dates: 'passwordDate',
  wordByItself: 'passwordWord',
  namesByThemselves: 'passwordName',
  commonNames: 'passwordName',
  userInputs: 'passwordPersonal',
};

/**
 * Null when the password is strong enough, otherwise a `validation` key saying why.
 * `related` are the member's own e-mail and name: a password made of them is weak.
 */
export function passwordWeakness(password: string, related: readonly string[] = []): string | null {
  // The estimate grows with length; past 64 characters it is only slower, never weaker.
  const result = estimator.check(password.slice(0, 64), related.flatMap((s) => [s, ...s.split(/[@.\s]+/)]).filter((s) => s.length >= 3));
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning;
  return (warning && REASONS[warning]) || 'passwordWeak';
}
