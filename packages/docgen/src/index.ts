export { checkTemplate, describeProblem } from './template-check.ts';
export type { CommandType, TemplateCheck, TemplateCommand, TemplateLocation, TemplateProblem } from './template-check.ts';
export { DEFAULT_ZIP_LIMITS, listZipEntries, readZip } from './zip-guard.ts';
export type { ZipEntryInfo, ZipLimits, ZipResult } from './zip-guard.ts';
export { parseCommand, parseExpression, parsePath, isForbiddenSegment } from './command-grammar.mjs';
export type { Command, Expression, PathExpression, CallExpression } from './command-grammar.mjs';
export {
  absent, amountInChineseCapitals, chineseDate, date, FORMATTER_NAMES, FormatterError, list, oneBased, optional, partyIdLabel, partyType,
  present, yuan,
} from './formatters.mjs';
export { createRenderPool } from './render-pool.ts';
export type { RenderedDocument, RenderPool, RenderPoolOptions, RenderRequest } from './render-pool.ts';
export { closeSharedRenderPools, describeRendered, renderDocument } from './render-document.ts';
export type { RenderDocumentOptions, RenderedMetadata } from './render-document.ts';
export { DOCUMENT_KINDS, documentKind, loadNationalTemplate, nationalTemplatePath } from './document-kinds.ts';
export type { DocumentKindEntry } from './document-kinds.ts';
export { EXAMPLE_DATA } from './example-data.ts';
export type * from './document-data.ts';
export { docxText } from './docx-text.ts';
