// The registry of rules: a plain array, run in this order.
import type { Rule } from '../rule.ts';
import { citationMismatch } from './citationMismatch.ts';
import { figureDirection } from './figureDirection.ts';
import { figureFormat } from './figureFormat.ts';
import { figureMismatch } from './figureMismatch.ts';
import { figureRounded } from './figureRounded.ts';
import { quoteMismatch } from './quoteMismatch.ts';
import { themeMissing } from './themeMissing.ts';

export const RULES: readonly Rule[] = [
  figureMismatch,
  figureDirection,
  figureRounded,
  figureFormat,
  quoteMismatch,
  citationMismatch,
  themeMissing,
];
