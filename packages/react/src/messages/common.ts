import { defineMessages } from '@motcua/core';

/** Words several widgets share. */
export const commonMessages = defineMessages({
  vi: {
    'common.loading': 'Đang tải…',
    'common.retry': 'Thử lại',
    'common.remove': 'Xóa',
    'common.cancel': 'Hủy',
    'common.optional': '(không bắt buộc)',
    'common.errorPrefix': 'Lỗi:',
    'common.loadFailed': 'Không tải được dữ liệu. Vui lòng thử lại.',
    'common.noClient': 'Chưa cấu hình kết nối tới Cổng dịch vụ công.',
  },
  en: {
    'common.loading': 'Loading…',
    'common.retry': 'Try again',
    'common.remove': 'Remove',
    'common.cancel': 'Cancel',
    'common.optional': '(optional)',
    'common.errorPrefix': 'Error:',
    'common.loadFailed': 'The data could not be loaded. Please try again.',
    'common.noClient': 'No connection to the public-service portal is configured.',
  },
});
