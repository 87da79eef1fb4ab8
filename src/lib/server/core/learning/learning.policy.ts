/**
 * Learning: who manages a course. A course belongs to its organiser (a learning centre, a
 * school or an association branch) and is offered in the organiser's commune. `learning.manage`
 * reaches it through an organisation grant on the organiser, or a unit grant over the commune.
 * The catalog is public (published courses only); drafts are seen only by those who manage them.
 */
export const ORGANISER_KINDS: readonly string[] = ['learning_centre', 'school', 'association_branch'];

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
