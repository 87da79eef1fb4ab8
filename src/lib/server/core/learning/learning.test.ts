import { describe, expect, it } from 'vitest';
import { lessonCreate, parseQuizText, parseSessionLines, quizToText } from './learning.schemas';
import { foldCertificateCode } from './lessons.rules';

describe('a timetable typed one session per line', () => {
	it('reads day/month/year, a time range and a topic; skips blank lines', () => {
		expect(parseSessionLines('05/12/2026 19:00-21:00 Làm quen điện thoại\n\n 6.1.2027 8:00 – 10:30\r\n')).toEqual({
			sessions: [
				{ date: '2026-12-05', startsAt: '19:00', endsAt: '21:00', topic: 'Làm quen điện thoại' },
				{ date: '2027-01-06', startsAt: '08:00', endsAt: '10:30' }
			],
			badLine: null
		});
	});
	it('names the first line it cannot read', () => {
		expect(parseSessionLines('05/12/2026 19:00-21:00\nthứ bảy 19h\n07/12/2026 19:00-21:00').badLine).toBe(2);
		expect(parseSessionLines('2026-12-05 19:00-21:00').badLine).toBe(1);
		expect(parseSessionLines('').sessions).toEqual([]);
	});
});

describe('a quiz typed as text', () => {
	const example = [
		'Số điện thoại khẩn cấp của công an là?',
		'( ) 114',
		'(x) 113',
		'> 113 là số của công an;',
		'> 114 là số cứu hỏa.',
		'',
		'Những việc nào giúp giữ an toàn',
		'tài khoản?',
		'[x] Đặt mật khẩu khó đoán',
		'[ ] Đọc mã OTP cho người gọi điện',
		'[X] Bật xác thực hai lớp',
		'',
		'',
		'Ngân hàng có gọi xin mã OTP không?',
		'( ) Đúng',
		'(x) Sai',
		'',
		'Thủ đô của Việt Nam là?',
		'= Hà Nội',
		'= Ha Noi'
	].join('\r\n');

	it('reads single, multiple, true/false and short questions with their feedback', () => {
		expect(parseQuizText(example)).toEqual({
			badLine: null,
			questions: [
				{ kind: 'single', prompt: 'Số điện thoại khẩn cấp của công an là?', options: ['114', '113'], answer: [1], feedback: '113 là số của công an; 114 là số cứu hỏa.' },
				{ kind: 'multiple', prompt: 'Những việc nào giúp giữ an toàn tài khoản?', options: ['Đặt mật khẩu khó đoán', 'Đọc mã OTP cho người gọi điện', 'Bật xác thực hai lớp'], answer: [0, 2] },
				{ kind: 'true_false', prompt: 'Ngân hàng có gọi xin mã OTP không?', options: ['Đúng', 'Sai'], answer: [1] },
				{ kind: 'short', prompt: 'Thủ đô của Việt Nam là?', options: [], answer: ['Hà Nội', 'Ha Noi'] }
			]
		});
	});

	it('names the line that cannot be read', () => {
		expect(parseQuizText('(x) một đáp án trước câu hỏi').badLine).toBe(1);
		expect(parseQuizText('Câu hỏi?\n(x) a\n(x) b').badLine).toBe(3); // two right answers to a one-answer question
		expect(parseQuizText('Câu hỏi?\n(x) a\n[ ] b').badLine).toBe(3); // one kind of choice per question
		expect(parseQuizText('Câu hỏi?\n( ) a\n( ) b').badLine).toBe(1); // no right answer
		expect(parseQuizText('Câu hỏi?\n(x) a').badLine).toBe(1); // one choice is no choice
		expect(parseQuizText('Câu hỏi?\n= đáp\n( ) a').badLine).toBe(3);
		expect(parseQuizText('> lời giải thích lạc chỗ').badLine).toBe(1);
		expect(parseQuizText('Câu một?\n(x) a\n( ) b\n\nCâu hai không có đáp án').badLine).toBe(5);
		// beyond what a question may hold: the line says where
		expect(parseQuizText(['Chọn?', '(x) 1', ...Array.from({ length: 8 }, (_, i) => `( ) ${i + 2}`)].join('\n')).badLine).toBe(10);
		expect(parseQuizText(`Chọn?\n(x) ${'a'.repeat(301)}\n( ) b`).badLine).toBe(2);
		expect(parseQuizText(`${'Dài '.repeat(300)}?\n(x) a\n( ) b`).badLine).toBe(1);
	});

	it('writes questions back as the same text, so that a teacher can correct them', () => {
		const { questions } = parseQuizText(example);
		const text = quizToText(questions as Parameters<typeof quizToText>[0]);
		expect(parseQuizText(text)).toEqual({ questions, badLine: null });
		expect(text.split('\n').slice(0, 4)).toEqual(['Số điện thoại khẩn cấp của công an là?', '( ) 114', '(x) 113', '> 113 là số của công an; 114 là số cứu hỏa.']);
	});

	it('is what a lesson form sends as its questions, and its line errors reach the field', () => {
		const v = lessonCreate.parse({ title: 'Kiểm tra', kind: 'quiz', passMark: '80', maxAttempts: '', questions: example, body: '', videoUrl: '' });
		expect(v.questions).toHaveLength(4);
		expect(v.maxAttempts).toBeNull();
		const r = lessonCreate.safeParse({ title: 'Kiểm tra', kind: 'quiz', passMark: '80', questions: 'Câu hỏi?\n( ) a' });
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]).toMatchObject({ path: ['questions'], message: 'errors.learning.quiz_line', params: { line: 1 } });
	});

	it('takes a video as a file or an https link, and questions only in a quiz', () => {
		expect(lessonCreate.parse({ title: 'Xem', kind: 'video', videoUrl: 'https://www.youtube.com/watch?v=abc', passMark: '' }).videoUrl).toBe('https://www.youtube.com/watch?v=abc');
		const paths = (input: unknown) => (lessonCreate.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
		expect(paths({ title: 'Xem', kind: 'video', videoUrl: 'javascript:alert(1)' })).toEqual(['videoUrl:errors.field.url']);
		expect(paths({ title: 'Xem', kind: 'video', videoUrl: 'http://insecure.example/v' })).toEqual(['videoUrl:errors.field.url']);
		for (const odd of ['https://a:b.c', 'https://[.x', 'https://user:pw@example.vn/v', 'https://localhost/v', 'https:// example.vn'])
			expect(paths({ title: 'Xem', kind: 'video', videoUrl: odd }), odd).toEqual(['videoUrl:errors.field.url']);
		expect(lessonCreate.parse({ title: 'Xem', kind: 'video', videoUrl: 'https://VTV.vn/video/bài-1' }).videoUrl).toBe('https://vtv.vn/video/b%C3%A0i-1');
		expect(paths({ title: 'Đọc', kind: 'text', videoUrl: 'https://example.vn/v' })).toEqual(['videoUrl:errors.learning.link_not_video']);
		expect(paths({ title: 'Đọc', kind: 'pdf', questions: 'Câu?\n(x) a\n( ) b' })).toEqual(['questions:errors.learning.questions_not_quiz']);
	});
});

describe('a certificate code typed by hand', () => {
	it('is compared without case, spaces or dashes of any kind', () => {
		expect(foldCertificateCode(' Hn3-Vb8_Tq5Ws1Zc ')).toBe('hn3vb8_tq5ws1zc');
		expect(foldCertificateCode('HN3V–B8_T Q5WS—1ZC')).toBe('hn3vb8_tq5ws1zc');
		expect(foldCertificateCode('ＨＮ３')).toBe('hn3');
		expect(foldCertificateCode(' - ')).toBe('');
	});
});
