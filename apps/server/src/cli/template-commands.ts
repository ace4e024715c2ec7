import fs from 'node:fs';
import { checkTemplate, describeProblem } from '@sanxiang/docgen';
import { type Command, usageError } from './command.ts';

const USAGE = 'template check <file.docx>';

export const templateCommands: Record<string, Command> = {
  template: {
    usage: USAGE,
    summary: '检查文书模板是否安全可用 / check a document template as an upload would',
    async run([sub, file, ...extra]) {
      if (sub !== 'check' || !file || extra.length > 0) throw usageError(USAGE);
      if (!fs.existsSync(file)) {
        console.error(`找不到文件 / no such file: ${file}`);
        return 1;
      }
      const result = await checkTemplate(fs.readFileSync(file));
      if (result.ok) {
        console.log(`模板可用 / template accepted: ${file} (${result.commands.length} commands)`);
        return 0;
      }
      for (const problem of result.problems) console.log(describeProblem(problem));
      return 1;
    },
  },
};
