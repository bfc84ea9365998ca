// Data: syllables too common in directives and news to tell one topic from another.
export const STOP_SYLLABLES = new Set([
  'các', 'của', 'và', 'những', 'trong', 'với', 'được', 'đã', 'là', 'cho', 'về', 'theo', 'để', 'này', 'đó', 'có',
  'một', 'như', 'từ', 'trên', 'tại', 'ở', 'khi', 'thì', 'mà', 'nhằm', 'bằng', 'đến', 'tới', 'cũng', 'vẫn', 'đang',
  'sẽ', 'hơn', 'nhất', 'rất', 'nhiều', 'cả', 'mọi', 'mỗi', 'từng', 'do', 'vì', 'nên', 'nhưng', 'hoặc', 'hay', 'lại',
  'ra', 'vào', 'lên', 'qua', 'sau', 'trước', 'giữa', 'năm', 'tháng', 'ngày', 'số', 'việc', 'sự', 'cần', 'phải',
  'thể', 'hiện', 'đây', 'nay', 'gì', 'nào', 'thế', 'vậy', 'còn', 'chỉ', 'đều', 'luôn', 'thêm', 'tiếp', 'tục',
  'nhau', 'bị', 'tới', 'trong', 'ngoài', 'chung', 'riêng', 'gồm', 'đối', 'với', 'ta', 'chúng', 'họ', 'mình',
]);
