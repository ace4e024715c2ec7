import fs from 'node:fs';
import path from 'node:path';
import { DatabaseError } from './database-error.ts';

export interface DataDirLock {
  release(): void;
}

// PGlite is a single-process database: two processes writing one folder would corrupt it.
// A lock file holding the owner's pid keeps a second process out; a lock left by a dead process is taken over.
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockPath = path.join(dataDir, 'sanxiang.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseError('DATA_DIR_IN_USE', {
          zh: `内置数据库目录 ${dataDir} 正被进程 ${owner} 使用。请先停止该进程（例如正在运行的服务），再执行本命令。`,
          en: `the embedded database folder ${dataDir} is in use by process ${owner}. Stop that process (for example the running server) and run this command again.`,
        });
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseError('DATA_DIR_IN_USE', {
    zh: `无法锁定内置数据库目录 ${dataDir}。`,
    en: `cannot lock the embedded database folder ${dataDir}.`,
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
