import { defineMessages } from '@motcua/core';

/** Strings of the remote-signing prompt. Provider names are brand names and stay as they are. */
export const signaturePromptMessages = defineMessages({
  vi: {
    'signaturePrompt.trigger': 'Ký số tài liệu',
    'signaturePrompt.title': 'Ký số tài liệu',
    'signaturePrompt.description':
      'Ký số từ xa bằng chứng thư số của bạn. Tài liệu không rời khỏi máy: chỉ dấu vân tay (mã băm) của tài liệu được gửi tới nhà cung cấp dịch vụ ký số.',
    'signaturePrompt.document': 'Tài liệu',
    'signaturePrompt.fingerprint': 'Dấu vân tay SHA-256',
    'signaturePrompt.fingerprintHint': 'Đối chiếu với mã hiển thị trên ứng dụng ký số trước khi xác nhận.',
    'signaturePrompt.hashing': 'Đang tính dấu vân tay của tài liệu…',
    'signaturePrompt.signer': 'Người ký',
    'signaturePrompt.provider': 'Dịch vụ ký số',
    'signaturePrompt.providerRequired': 'Chọn dịch vụ ký số',
    'signaturePrompt.provider.vnpt-smartca': 'VNPT SmartCA',
    'signaturePrompt.provider.viettel-mysign': 'Viettel MySign',
    'signaturePrompt.provider.sandbox': 'Môi trường thử nghiệm (sandbox)',
    'signaturePrompt.start': 'Gửi yêu cầu ký',
    'signaturePrompt.starting': 'Đang gửi yêu cầu ký…',
    'signaturePrompt.waiting.title': 'Xác nhận trên điện thoại',
    'signaturePrompt.waiting.body':
      'Mở ứng dụng {provider} trên điện thoại, kiểm tra dấu vân tay của tài liệu và xác nhận ký.',
    'signaturePrompt.countdown': 'Thời gian còn lại',
    'signaturePrompt.announce.waiting': 'Đang chờ bạn xác nhận trên điện thoại. Còn khoảng {time}.',
    'signaturePrompt.minutes': '{minutes} phút {seconds} giây',
    'signaturePrompt.seconds': '{seconds} giây',
    'signaturePrompt.signed.title': 'Đã ký số thành công',
    'signaturePrompt.signed.body': 'Tài liệu “{name}” đã được ký. Hộp thoại sẽ tự đóng.',
    'signaturePrompt.rejected': 'Bạn đã từ chối ký trên ứng dụng. Tài liệu chưa được ký.',
    'signaturePrompt.expired':
      'Đã hết thời gian xác nhận. Tài liệu chưa được ký. Bạn có thể gửi lại yêu cầu ký.',
    'signaturePrompt.failed':
      'Dịch vụ ký số gặp lỗi nên tài liệu chưa được ký. Vui lòng thử lại sau ít phút.',
    'signaturePrompt.authorisationFailed':
      'Không xác thực được chứng thư số của bạn (chứng thư hết hạn, bị thu hồi hoặc nhập sai mã PIN). Hãy liên hệ nhà cung cấp dịch vụ ký số.',
    'signaturePrompt.error': 'Không kết nối được dịch vụ ký số. Tài liệu chưa được ký. Vui lòng thử lại.',
    'signaturePrompt.retry': 'Gửi lại yêu cầu ký',
    'signaturePrompt.cancel': 'Hủy ký',
    'signaturePrompt.close': 'Đóng',
  },
  en: {
    'signaturePrompt.trigger': 'Sign the document',
    'signaturePrompt.title': 'Sign the document',
    'signaturePrompt.description':
      'Remote signing with your digital certificate. The document never leaves your device: only its fingerprint (hash) is sent to the signing provider.',
    'signaturePrompt.document': 'Document',
    'signaturePrompt.fingerprint': 'SHA-256 fingerprint',
    'signaturePrompt.fingerprintHint':
      'Compare it with the code shown in the signing app before you confirm.',
    'signaturePrompt.hashing': 'Computing the document’s fingerprint…',
    'signaturePrompt.signer': 'Signer',
    'signaturePrompt.provider': 'Signing service',
    'signaturePrompt.providerRequired': 'Choose a signing service',
    'signaturePrompt.provider.vnpt-smartca': 'VNPT SmartCA',
    'signaturePrompt.provider.viettel-mysign': 'Viettel MySign',
    'signaturePrompt.provider.sandbox': 'Test environment (sandbox)',
    'signaturePrompt.start': 'Send the signing request',
    'signaturePrompt.starting': 'Sending the signing request…',
    'signaturePrompt.waiting.title': 'Confirm on your phone',
    'signaturePrompt.waiting.body':
      'Open the {provider} app on your phone, check the document’s fingerprint and confirm the signature.',
    'signaturePrompt.countdown': 'Time left',
    'signaturePrompt.announce.waiting': 'Waiting for you to confirm on your phone. About {time} left.',
    'signaturePrompt.minutes': '{minutes} min {seconds} s',
    'signaturePrompt.seconds': '{seconds} s',
    'signaturePrompt.signed.title': 'Signed',
    'signaturePrompt.signed.body': '“{name}” has been signed. This dialog will close by itself.',
    'signaturePrompt.rejected': 'You declined to sign in the app. The document is not signed.',
    'signaturePrompt.expired':
      'The time to confirm ran out. The document is not signed. You can send a new request.',
    'signaturePrompt.failed':
      'The signing service failed, so the document is not signed. Try again in a few minutes.',
    'signaturePrompt.authorisationFailed':
      'Your certificate could not be verified (expired, revoked, or a wrong PIN). Contact your signing provider.',
    'signaturePrompt.error':
      'The signing service could not be reached. The document is not signed. Please try again.',
    'signaturePrompt.retry': 'Send a new request',
    'signaturePrompt.cancel': 'Cancel signing',
    'signaturePrompt.close': 'Close',
  },
});
