import { paragraph, writeDocx } from '../scripts/wordml-package.ts';

/** A template whose body paragraphs hold exactly these texts (commands included), for tests. */
export function templateWith(paragraphs: string[], footer?: string[]): Promise<Buffer> {
  const body = paragraphs.map((text) => paragraph(text, 'Plain'));
  return writeDocx(footer ? { body, footer: footer.map((text) => paragraph(text, 'Footer')) } : { body });
}

/** A template from raw body XML, for runs split the way Word splits them. */
export function templateWithXml(bodyXml: string): Promise<Buffer> {
  return writeDocx({ body: [bodyXml] });
}
