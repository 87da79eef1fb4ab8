/** The messages the learning module sends: emails about places in classes (Vietnamese, as residents read them). */

/** What a resident-facing email about a place says. */
export const ENROLMENT_MAIL = {
	enrolled: (course: string, klass: string, venue: string, starts: string) => ({
		subject: `Đã ghi danh: ${course}`,
		text: `Bạn đã được ghi danh vào lớp “${klass}” của khóa “${course}”.\nĐịa điểm: ${venue}\nKhai giảng: ${starts}\n\nNếu không thể tham gia, hãy hủy ghi danh trên Suốt Đời để nhường chỗ cho người khác.`
	}),
	waiting: (course: string, klass: string) => ({
		subject: `Danh sách chờ: ${course}`,
		text: `Lớp “${klass}” của khóa “${course}” đã đủ chỗ. Bạn đang ở danh sách chờ; khi có người hủy, bạn sẽ được xếp chỗ theo thứ tự và nhận thư báo.`
	}),
	promoted: (course: string, klass: string, venue: string, starts: string) => ({
		subject: `Đã có chỗ cho bạn: ${course}`,
		text: `Có người vừa hủy ghi danh: bạn đã được xếp chỗ trong lớp “${klass}” của khóa “${course}”.\nĐịa điểm: ${venue}\nKhai giảng: ${starts}`
	}),
	/** to the organiser (its address in the directory): a place taken or freed */
	organiser: (course: string, klass: string, learner: string, what: 'enrolled' | 'waiting' | 'withdrawn', enrolled: number, capacity: number) => ({
		subject: `${what === 'withdrawn' ? 'Hủy ghi danh' : 'Ghi danh mới'}: ${klass}`,
		text: `${learner} ${what === 'enrolled' ? 'đã ghi danh vào' : what === 'waiting' ? 'đã vào danh sách chờ của' : 'đã hủy ghi danh khỏi'} lớp “${klass}” (khóa “${course}”).\nHiện có ${enrolled}/${capacity} học viên.`
	})
} as const;

/** The evening before a session: where and when (sent from 18:00, Vietnam time). */
export const REMINDER_MAIL = (course: string, klass: string, venue: string, date: string, startsAt: string, endsAt: string, topic: string | null) => ({
	subject: `Nhắc lịch học ngày mai: ${course}`,
	text: [
		`Ngày mai (${date}) bạn có buổi học của lớp “${klass}”, khóa “${course}”.`,
		`Thời gian: ${startsAt}–${endsAt}`,
		`Địa điểm: ${venue}`,
		...(topic ? [`Nội dung: ${topic}`] : []),
		'',
		'Nếu không thể tham gia cả khóa, hãy hủy ghi danh trên Suốt Đời để nhường chỗ cho người khác.',
		'',
		`Reminder: tomorrow (${date}, ${startsAt}–${endsAt}) you have a session of “${klass}” (${course}) at ${venue}.`
	].join('\n')
});
