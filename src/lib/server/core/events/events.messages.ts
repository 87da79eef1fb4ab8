/** The letters the events module sends (Vietnamese first, a line of English). */

/** A ticket: the event, where and when, the code to show at the door and the address its QR code holds. */
export const TICKET_MAIL = (t: { eventTitle: string; venue: string; address: string; when: string; name: string; shownCode: string; url: string; waiting: boolean }) => ({
	subject: t.waiting ? `Danh sách chờ: ${t.eventTitle}` : `Vé tham dự: ${t.eventTitle}`,
	text: [
		`Chào ${t.name},`,
		'',
		t.waiting
			? `Sự kiện “${t.eventTitle}” đã đủ chỗ. Bạn đang ở danh sách chờ; khi có người hủy, bạn sẽ được xếp chỗ theo thứ tự và nhận thư báo. Mã dưới đây sẽ dùng được khi bạn có chỗ.`
			: `Bạn đã đăng ký tham dự “${t.eventTitle}”.`,
		`Thời gian: ${t.when}`,
		`Địa điểm: ${t.venue}${t.address ? `, ${t.address}` : ''}`,
		'',
		`Mã vé: ${t.shownCode}`,
		`Vé có mã QR (mở trên điện thoại và đưa cho người đón khách quét): ${t.url}`,
		'',
		'Nếu không thể đến, xin hủy đăng ký trên trang vé để nhường chỗ cho người khác.',
		'',
		`Your ticket for “${t.eventTitle}” (${t.when}, ${t.venue}): code ${t.shownCode}, QR code at ${t.url}.`
	].join('\n')
});

/** The longest-waiting registrant has a place now. */
export const PROMOTED_MAIL = (t: { eventTitle: string; when: string; venue: string; shownCode: string; url: string }) => ({
	subject: `Đã có chỗ cho bạn: ${t.eventTitle}`,
	text: [`Có người vừa hủy đăng ký: bạn đã có chỗ tham dự “${t.eventTitle}”.`, `Thời gian: ${t.when}`, `Địa điểm: ${t.venue}`, `Mã vé: ${t.shownCode} — ${t.url}`, '', `A place has come free for you at “${t.eventTitle}”: ticket ${t.shownCode}.`].join('\n')
});
