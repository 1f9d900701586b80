export { signaturePromptMessages } from '../signature-prompt/messages.js';
