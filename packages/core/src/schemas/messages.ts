import { defineMessages } from '../messages/catalogue';

/** Messages for domain-record rules (dates, fees, dossier fields, administrative units). */
export const schemaMessages = defineMessages({
  vi: {
    'unit.provinceCode': 'Mã tỉnh phải gồm 2 chữ số',
    'unit.communeCode': 'Mã xã phải gồm 5 chữ số',
    'unit.code': 'Mã đơn vị hành chính phải gồm 2 hoặc 5 chữ số',
    'unitType.city': 'Thành phố',
    'unitType.province': 'Tỉnh',
    'unitType.ward': 'Phường',
    'unitType.commune': 'Xã',
    'unitType.special-zone': 'Đặc khu',
  },
  en: {
    'unit.provinceCode': 'A province code has 2 digits',
    'unit.communeCode': 'A commune code has 5 digits',
    'unit.code': 'An administrative unit code has 2 or 5 digits',
    'unitType.city': 'City',
    'unitType.province': 'Province',
    'unitType.ward': 'Ward',
    'unitType.commune': 'Commune',
    'unitType.special-zone': 'Special zone',
  },
});
