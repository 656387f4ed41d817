/**
 * The kommun's standard signature: the user's details, rendering to HTML and
 * text, and the fix data the signature check hands to the Office side.
 * docs/signature.md describes the API.
 */
export { renderSignature, renderLine, templateLines, variantForCompose, escapeHtml, SIGNATURE_HTML_LIMIT, MAX_LINE_LENGTH } from "./render";
export type { RenderedSignature, RenderOptions, SignatureVariant } from "./render";
export { validateSignatureDetails, normaliseSignatureDetails, showsMobile, fieldValue, MAX_FIELD_LENGTH } from "./details";
export type { SignatureDetails, DetailsProblem, DetailsProblemCode } from "./details";
export { parseSwedishPhone, formatSwedishPhone, normaliseSwedishPhone, isSwedishMobile } from "./phone";
export { containsSignature } from "./presence";
export { locateSignatureInText } from "./region";
export { locateSignatureInHtml } from "./region-html";
export type { TextRegion, RegionSource } from "./region";
export type { HtmlRegion } from "./region-html";
export { SIGNATURE_FIELD_LABELS } from "../i18n/signature-fields";
export { SIGNATURE_FIELDS, SIGNATURE_FORBIDDEN, placeholdersOf } from "../profiles/signature-fields";
export { signatureSchema } from "../profiles/signature-schema";
export type { SignatureField, SignatureTemplate, SignatureLine, SignatureFont, SignatureForbidden, MobilePolicy } from "../profiles/signature-schema";
export { mergeDirectoryDetails, overwriteWith, type DirectoryMerge } from "./directory";
