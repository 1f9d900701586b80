export { procedureSearchMessages } from '../procedure-search/messages.js';
