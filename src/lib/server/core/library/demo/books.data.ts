/**
 * The demo catalog's raw material: well-known Vietnamese books (and translations read in
 * Vietnam) as they sit on community shelves, and the practical series a commune's shelf holds
 * (farming, law, health, children's). Combined in load.ts into 3,000 titles.
 */
type Book = [title: string, authors: string, publisher: string, subject: string, age: string];

export const CLASSICS: Book[] = [
	['Dế Mèn phiêu lưu ký', 'Tô Hoài', 'NXB Kim Đồng', 'children', 'children'],
	['Đất rừng phương Nam', 'Đoàn Giỏi', 'NXB Kim Đồng', 'children', 'teen'],
	['Tắt đèn', 'Ngô Tất Tố', 'NXB Văn học', 'literature', 'adult'],
	['Số đỏ', 'Vũ Trọng Phụng', 'NXB Văn học', 'literature', 'adult'],
	['Truyện Kiều', 'Nguyễn Du', 'NXB Văn học', 'literature', 'all'],
	['Chí Phèo', 'Nam Cao', 'NXB Văn học', 'literature', 'adult'],
	['Lão Hạc', 'Nam Cao', 'NXB Kim Đồng', 'literature', 'teen'],
	['Vợ nhặt', 'Kim Lân', 'NXB Văn học', 'literature', 'adult'],
	['Những ngày thơ ấu', 'Nguyên Hồng', 'NXB Kim Đồng', 'literature', 'teen'],
	['Tuổi thơ dữ dội', 'Phùng Quán', 'NXB Kim Đồng', 'literature', 'teen'],
	['Quê nội', 'Võ Quảng', 'NXB Kim Đồng', 'children', 'children'],
	['Góc sân và khoảng trời', 'Trần Đăng Khoa', 'NXB Kim Đồng', 'children', 'children'],
	['Cho tôi xin một vé đi tuổi thơ', 'Nguyễn Nhật Ánh', 'NXB Trẻ', 'literature', 'teen'],
	['Tôi thấy hoa vàng trên cỏ xanh', 'Nguyễn Nhật Ánh', 'NXB Trẻ', 'literature', 'teen'],
	['Mắt biếc', 'Nguyễn Nhật Ánh', 'NXB Trẻ', 'literature', 'teen'],
	['Cô gái đến từ hôm qua', 'Nguyễn Nhật Ánh', 'NXB Trẻ', 'literature', 'teen'],
	['Nhật ký Đặng Thùy Trâm', 'Đặng Thùy Trâm', 'NXB Hội Nhà văn', 'history', 'adult'],
	['Mãi mãi tuổi hai mươi', 'Nguyễn Văn Thạc', 'NXB Thanh niên', 'history', 'adult'],
	['Thép đã tôi thế đấy', 'Nikolai Ostrovsky', 'NXB Văn học', 'literature', 'adult'],
	['Những tấm lòng cao cả', 'Edmondo De Amicis', 'NXB Kim Đồng', 'children', 'children'],
	['Không gia đình', 'Hector Malot', 'NXB Kim Đồng', 'children', 'teen'],
	['Hoàng tử bé', 'Antoine de Saint-Exupéry', 'NXB Kim Đồng', 'children', 'all'],
	['Hai vạn dặm dưới đáy biển', 'Jules Verne', 'NXB Kim Đồng', 'literature', 'teen'],
	['Ông già và biển cả', 'Ernest Hemingway', 'NXB Văn học', 'literature', 'adult'],
	['Đắc nhân tâm', 'Dale Carnegie', 'NXB Tổng hợp TP.HCM', 'skills', 'adult'],
	['Nhà giả kim', 'Paulo Coelho', 'NXB Hội Nhà văn', 'literature', 'adult'],
	['Bỉ vỏ', 'Nguyên Hồng', 'NXB Văn học', 'literature', 'adult'],
	['Sống mòn', 'Nam Cao', 'NXB Văn học', 'literature', 'adult'],
	['Vừa nhắm mắt vừa mở cửa sổ', 'Nguyễn Ngọc Thuần', 'NXB Trẻ', 'children', 'children'],
	['Búp sen xanh', 'Sơn Tùng', 'NXB Kim Đồng', 'history', 'teen'],
	['Đội thiếu niên du kích Đình Bảng', 'Xuân Sách', 'NXB Kim Đồng', 'history', 'children'],
	['Lịch sử Việt Nam bằng tranh', 'Trần Bạch Đằng', 'NXB Trẻ', 'history', 'children'],
	['Việt Nam sử lược', 'Trần Trọng Kim', 'NXB Văn học', 'history', 'adult'],
	['Thần đồng đất Việt', 'Lê Linh', 'NXB Trẻ', 'children', 'children'],
	['Truyện cổ tích Việt Nam', 'Nguyễn Đổng Chi', 'NXB Kim Đồng', 'children', 'children'],
	['Từ điển tiếng Việt', 'Hoàng Phê', 'NXB Hồng Đức', 'reference', 'all'],
	['Mười vạn câu hỏi vì sao', 'Nhiều tác giả', 'NXB Giáo dục Việt Nam', 'science', 'children']
];

export const CROPS = ['lúa', 'ngô', 'rau an toàn', 'cây ăn quả có múi', 'nhãn, vải', 'nấm rơm', 'hoa ly', 'đậu tương', 'khoai lang', 'cà chua', 'dưa hấu', 'chuối', 'rau thủy canh', 'bưởi Diễn', 'cây dược liệu'];
export const ANIMALS = ['gà thả vườn', 'lợn', 'cá rô phi', 'bò sinh sản', 'vịt', 'dê', 'ong mật', 'cá chép', 'thỏ', 'chim bồ câu'];
export const LAWS = ['Luật Đất đai 2024', 'Luật Hôn nhân và gia đình', 'Luật Giao thông đường bộ', 'Luật Phòng, chống bạo lực gia đình', 'Bộ luật Dân sự', 'Luật Trẻ em', 'Luật Bảo hiểm xã hội', 'Luật Bảo vệ quyền lợi người tiêu dùng', 'Luật Cư trú', 'Luật Bảo vệ dữ liệu cá nhân', 'Luật An ninh mạng', 'Luật Người cao tuổi'];
export const HEALTH = ['sốt xuất huyết', 'tăng huyết áp', 'đái tháo đường', 'bệnh tay chân miệng', 'bệnh xương khớp', 'cúm mùa', 'suy dinh dưỡng ở trẻ em', 'đột quỵ'];
export const PEOPLE = ['người cao tuổi', 'bà mẹ và trẻ em', 'tuổi dậy thì', 'người lao động', 'học sinh'];
export const SKILLS = ['sử dụng điện thoại thông minh', 'an toàn trên mạng', 'quản lý chi tiêu gia đình', 'giao tiếp', 'sơ cứu ban đầu', 'phòng chống đuối nước', 'khởi nghiệp ở nông thôn', 'bán hàng qua mạng'];
export const CHILD_SERIES = ['Truyện cổ tích Việt Nam chọn lọc', 'Bé học chữ cái', 'Bé tập tô màu', 'Kể chuyện Bác Hồ', 'Danh nhân đất Việt', 'Mười vạn câu hỏi vì sao', 'Khám phá thế giới động vật', 'Truyện tranh lịch sử Việt Nam', 'Ngụ ngôn Aesop', 'Thơ thiếu nhi chọn lọc'];
export const PUBLISHERS = ['NXB Nông nghiệp', 'NXB Tư pháp', 'NXB Y học', 'NXB Kim Đồng', 'NXB Giáo dục Việt Nam', 'NXB Chính trị quốc gia Sự thật', 'NXB Thanh niên', 'NXB Phụ nữ Việt Nam', 'NXB Khoa học và Kỹ thuật', 'NXB Hà Nội'];
export const AUTHORS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Quang Cường', 'Phạm Thị Dung', 'Hoàng Văn Đức', 'Vũ Thị Hà', 'Đặng Minh Hải', 'Bùi Thị Hoa', 'Đỗ Văn Hùng', 'Ngô Thị Lan', 'PGS.TS. Nguyễn Hữu Tề', 'TS. Trần Văn Sỹ', 'ThS. Lê Thị Hương', 'BS. Phạm Ngọc Thanh', 'LS. Nguyễn Thị Thủy'];
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
export const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Hữu', 'Thanh'];
export const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Ngọc', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];
