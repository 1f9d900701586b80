import { defineMessages } from '@motcua/core';

export const errorSummaryMessages = defineMessages({
  vi: {
    'errorSummary.title': 'Có lỗi cần sửa',
    'errorSummary.titlePrefix': 'Lỗi: ',
  },
  en: {
    'errorSummary.title': 'There is a problem',
    'errorSummary.titlePrefix': 'Error: ',
  },
});
