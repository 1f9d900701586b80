import { defineMessages } from '@motcua/core';

export const statusTrackerMessages = defineMessages({
  vi: {
    'statusTracker.title': 'Quá trình xử lý hồ sơ',
    'statusTracker.code': 'Mã hồ sơ',
    'statusTracker.current': 'Trạng thái hiện tại',
    'statusTracker.appointment': 'Ngày hẹn trả kết quả',
    'statusTracker.noAppointment': 'Chưa có',
    'statusTracker.overdue': 'Quá hạn {days} ngày',
    'statusTracker.supplement': 'Cơ quan yêu cầu bổ sung giấy tờ',
    'statusTracker.supplementDeadline': 'Hạn nộp bổ sung: {date}',
    'statusTracker.history': 'Các bước đã thực hiện',
    'statusTracker.empty': 'Hồ sơ chưa có bước xử lý nào.',
    'statusTracker.announce': 'Hồ sơ {code} chuyển sang trạng thái: {status}',
  },
  en: {
    'statusTracker.title': 'Dossier progress',
    'statusTracker.code': 'Dossier code',
    'statusTracker.current': 'Current status',
    'statusTracker.appointment': 'Result due on',
    'statusTracker.noAppointment': 'Not set yet',
    'statusTracker.overdue': '{days} days overdue',
    'statusTracker.supplement': 'The agency needs more documents',
    'statusTracker.supplementDeadline': 'Send them by {date}',
    'statusTracker.history': 'What has happened so far',
    'statusTracker.empty': 'Nothing has happened to this dossier yet.',
    'statusTracker.announce': 'Dossier {code} is now: {status}',
  },
});
