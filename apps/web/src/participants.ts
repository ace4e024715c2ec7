/** "张三：主持" per line → participants; a line without a role is a participant without one. */
export function parseParticipants(text: string): Array<{ name: string; role: string }> {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [name, ...role] = line.split(/[：:]/);
    return { name: (name ?? '').trim(), role: role.join('：').trim() };
  }).filter((participant) => participant.name !== '');
}
