/** One line per step, rewritten in place on a terminal: `[seed] users ███████░░░ 70% (28/40)`. */
export function progress(label: string, total: number) {
  const tty = process.stdout.isTTY;
  let last = -1;
  return {
    tick(done: number) {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (pct === last) return;
      last = pct;
      const bar = '█'.repeat(Math.round(pct / 5)).padEnd(20, '░');
      const line = `[seed] ${label.padEnd(16)} ${bar} ${String(pct).padStart(3)}% (${done}/${total})`;
      if (tty) process.stdout.write(`\r${line}`);
      else if (done === total || pct % 25 === 0) console.log(line);
    },
    done() {
      if (tty) process.stdout.write('\n');
    },
  };
}
