// The commands of `soat`, in the order --help lists them. A new command is a file under
// commands/ exporting a Command, plus one line here.
import type { Command } from './Command.ts';
import { articleCommand } from './commands/article.ts';
import { auditCommand } from './commands/audit.ts';
import { checkCommand } from './commands/check.ts';
import { checklistCommand } from './commands/checklist.ts';
import { directivesCommand } from './commands/directives.ts';
import { importCommand } from './commands/import.ts';
import { parseCommand } from './commands/parse.ts';

export const commandTable: readonly Command[] = [checkCommand, parseCommand, directivesCommand, articleCommand, importCommand, auditCommand, checklistCommand];
