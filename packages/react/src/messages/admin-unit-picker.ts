export { adminUnitPickerMessages } from '../admin-unit-picker/messages.js';
