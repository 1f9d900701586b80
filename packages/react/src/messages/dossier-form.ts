export { dossierFormMessages } from '../dossier-form/messages.js';
