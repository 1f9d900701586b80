import { defineMessages } from '@motcua/core';

export const dateInputMessages = defineMessages({
  vi: {
    'dateInput.day': 'Ngày',
    'dateInput.month': 'Tháng',
    'dateInput.year': 'Năm',
    'dateInput.hint': 'Ví dụ: 27 3 2007',
    'dateInput.error.incomplete': 'Nhập đủ ngày, tháng và năm',
  },
  en: {
    'dateInput.day': 'Day',
    'dateInput.month': 'Month',
    'dateInput.year': 'Year',
    'dateInput.hint': 'For example, 27 3 2007',
    'dateInput.error.incomplete': 'Enter a full date with a day, month and year',
  },
});
