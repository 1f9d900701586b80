import { defineMessages } from '@motcua/core';

export const citizenIdInputMessages = defineMessages({
  vi: {
    'citizenIdInput.label': 'Số định danh cá nhân (số CCCD)',
    'citizenIdInput.hint': 'Gồm 12 chữ số, in trên thẻ căn cước. Ví dụ: 001087123456',
    'citizenIdInput.required': 'Nhập số định danh cá nhân',
  },
  en: {
    'citizenIdInput.label': 'Personal identification number (citizen ID)',
    'citizenIdInput.hint': 'The 12 digits printed on your identity card. For example, 001087123456',
    'citizenIdInput.required': 'Enter your personal identification number',
  },
});
