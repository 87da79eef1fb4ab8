import { expect, it } from 'vitest';
import { anonymous, authAs, errorOf } from '../../testing/actors';
import { describeEachDatabase } from '../../testing/databases';
import { demoId } from '../places/demo/load';

const QM_CENTRE = demoId('ttht-quang-minh');

describeEachDatabase('learning: lessons, quizzes, certificates', { demo: 'no-news' }, (get) => {
	async function onlineCourse(title: string) {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title, topic: 'digital_skills', audience: 'Mọi người', description: '', mode: 'online', expectedHours: 6, completion: { lessons: true, quiz: true }, status: 'published' });
		const text = await s.lessons.addLesson(qm, c.id, { title: 'Bài 1: Làm quen', kind: 'text', body: 'Điện thoại có **màn hình cảm ứng**.' });
		const quiz = await s.lessons.addLesson(qm, c.id, {
			title: 'Bài kiểm tra',
			kind: 'quiz',
			passMark: 75,
			maxAttempts: 3,
			questions: [
				{ kind: 'single', prompt: 'Mật khẩu nào an toàn nhất?', options: ['123456', 'ngaysinh', 'Hoa-Sen-Nở-2026!'], answer: [2], feedback: 'Mật khẩu dài, có chữ hoa, số và ký hiệu.' },
				{ kind: 'multiple', prompt: 'Dấu hiệu lừa đảo?', options: ['Đòi mã OTP', 'Hối thúc chuyển tiền', 'Chào hỏi'], answer: [0, 1] },
				{ kind: 'true_false', prompt: 'Được cho người lạ biết mã OTP.', answer: [1] },
				{ kind: 'short', prompt: 'Ứng dụng định danh điện tử quốc gia tên là gì?', answer: ['VNeID'] }
			]
		});
		return { qm, course: c, text, quiz };
	}

	it('takes a learner through the lessons in order, marks the quiz and issues a numbered certificate anyone can verify', async () => {
		const s = get().services;
		const { course, text, quiz } = await onlineCourse('Kỹ năng số cơ bản (trực tuyến)');
		const lan = await authAs(s, 'dan.lan');
		const outline = await s.lessons.lessons(lan, course.id);
		expect(outline.items.map((i) => [i.title, i.done, i.locked])).toEqual([
			['Bài 1: Làm quen', false, false],
			['Bài kiểm tra', false, true]
		]);
		expect((await errorOf(s.lessons.lesson(lan, quiz.id))).key).toBe('errors.learning.lesson_locked');
		// free order opens every lesson; back to in order
		const qm = await authAs(s, 'quangminh.canbo');
		await s.learning.updateCourse(qm, course.id, { lessonsInOrder: false });
		expect((await s.lessons.lessons(lan, course.id)).items.map((i) => i.locked)).toEqual([false, false]);
		await s.learning.updateCourse(qm, course.id, { lessonsInOrder: true });
		expect((await errorOf(s.lessons.lesson(anonymous, text.id))).code).toBe('unauthenticated');
		const first = await s.lessons.lesson(lan, text.id);
		expect(first.bodyHtml).toContain('<strong>màn hình cảm ứng</strong>');
		expect(await s.lessons.markDone(lan, text.id)).toEqual({ certificateCode: null, nextId: quiz.id, courseId: course.id });
		const q = await s.lessons.lesson(lan, quiz.id);
		expect(JSON.stringify(q.questions)).not.toContain('answer'); // the key never leaves the server
		expect(q.questions.map((x) => x.options)).toEqual([['123456', 'ngaysinh', 'Hoa-Sen-Nở-2026!'], ['Đòi mã OTP', 'Hối thúc chuyển tiền', 'Chào hỏi'], ['Đúng', 'Sai'], []]);
		const ids = q.questions.map((x) => x.id);
		const wrong = await s.lessons.submitQuiz(lan, quiz.id, { answers: { [ids[0]!]: [0], [ids[1]!]: [0], [ids[2]!]: [1], [ids[3]!]: 'zalo' } });
		expect(wrong).toMatchObject({ score: 25, passed: false, attemptsLeft: 2, certificateCode: null });
		expect(wrong.results[0]).toEqual({ questionId: ids[0], correct: false, feedback: 'Mật khẩu dài, có chữ hoa, số và ký hiệu.' });
		const right = await s.lessons.submitQuiz(lan, quiz.id, { answers: { [ids[0]!]: [2], [ids[1]!]: [1, 0], [ids[2]!]: [1], [ids[3]!]: ' vneid ' } });
		expect(right).toMatchObject({ score: 100, passed: true, attemptsLeft: 1 });
		expect(right.certificateCode).toMatch(/^[A-Za-z0-9_-]{16}$/);
		const v = await s.credentials.verify(right.certificateCode!);
		expect(v).toMatchObject({ valid: true, learnerName: 'Nguyễn Thị Lan', courseTitle: 'Kỹ năng số cơ bản (trực tuyến)', hours: 6, orgName: 'Trung tâm học tập cộng đồng xã Quang Minh', issuedOn: '2026-11-29' });
		expect(v.number).toMatch(/^\d{3}\/2026\/GCN-TTHTCĐXQM$/);
		// the learning record, and the PDF for its holder only
		const record = await s.credentials.record(lan);
		expect(record).toMatchObject({ hours: 6, completions: [{ title: 'Kỹ năng số cơ bản (trực tuyến)' }], certificates: [{ code: right.certificateCode, revoked: false }] });
		const pdf = await s.credentials.certificatePdf(lan, right.certificateCode!);
		expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-');
		expect((await errorOf(s.credentials.certificatePdf(await authAs(s, 'dan.hung'), right.certificateCode!))).code).toBe('not_found');
		const recordPdf = await s.credentials.recordPdf(lan);
		expect(Buffer.from(recordPdf).subarray(0, 5).toString()).toBe('%PDF-');
		expect(recordPdf.byteLength).toBeGreaterThan(5_000);
		// no more attempts are needed, and completing twice issues nothing more
		expect((await s.lessons.submitQuiz(lan, quiz.id, { answers: { [ids[0]!]: [2], [ids[1]!]: [0, 1], [ids[2]!]: [1], [ids[3]!]: 'VNeID' } })).certificateCode).toBeNull();
		expect((await errorOf(s.lessons.submitQuiz(lan, quiz.id, { answers: {} }))).key).toBe('errors.learning.no_attempts_left');
	});

	it('numbers certificates in sequence per centre and year, and verifies a revoked one as revoked', async () => {
		const s = get().services;
		const { qm, course, text, quiz } = await onlineCourse('An toàn thông tin cho gia đình (trực tuyến)');
		const codes: string[] = [];
		for (const login of ['dan.hung', 'dan.mai']) {
			const who = await authAs(s, login);
			await s.lessons.markDone(who, text.id);
			const q = await s.lessons.lesson(who, quiz.id);
			const ids = q.questions.map((x) => x.id);
			codes.push((await s.lessons.submitQuiz(who, quiz.id, { answers: { [ids[0]!]: [2], [ids[1]!]: [0, 1], [ids[2]!]: [1], [ids[3]!]: 'VNeID' } })).certificateCode!);
		}
		const [a, b] = await Promise.all(codes.map((c) => s.credentials.verify(c)));
		const seq = (n: string) => Number(n.split('/')[0]);
		expect(seq(b!.number)).toBe(seq(a!.number) + 1);
		// another centre's manager cannot revoke it; the organiser can, once, with a reason
		expect((await errorOf(s.credentials.revoke(await authAs(s, 'tienthang.ttht'), codes[0]!, { reason: 'Nhầm người' }))).code).toBe('not_found');
		expect((await errorOf(s.credentials.revoke(qm, codes[0]!, { reason: '' }))).fields.reason).toBeDefined();
		const revoked = await s.credentials.revoke(qm, codes[0]!, { reason: 'Cấp nhầm người học' });
		expect(revoked).toMatchObject({ valid: false, revokedOn: '2026-11-29', revokedReason: 'Cấp nhầm người học' });
		expect((await s.credentials.verify(codes[0]!)).valid).toBe(false);
		expect((await s.credentials.verify(codes[1]!)).valid).toBe(true);
		expect((await errorOf(s.credentials.revoke(qm, codes[0]!, { reason: 'Lần nữa' }))).fields.reason?.key).toBe('errors.learning.already_revoked');
		expect((await errorOf(s.credentials.verify('khong-co-ma-nay'))).code).toBe('not_found');
		// bad lessons are refused with a message per field
		const bad = await errorOf(s.lessons.addLesson(qm, course.id, { title: '', kind: 'quiz', questions: [{ kind: 'single', prompt: 'x', options: ['a'], answer: [3] }] }));
		expect(Object.keys(bad.fields).sort()).toEqual(['passMark', 'questions.0.answer', 'questions.0.options', 'title']);
		expect((await errorOf(s.lessons.addLesson(await authAs(s, 'tienthang.ttht'), course.id, { title: 'x', kind: 'text' }))).code).toBe('not_found');
	});

	it('holds video and PDF lessons: files checked by their bytes and size, read by learners who may open them, ordered and removed by managers', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title: 'Cài đặt và dùng VNeID (trực tuyến)', topic: 'digital_skills', audience: 'Mọi người', description: '', mode: 'online', expectedHours: 2, completion: { lessons: true }, status: 'published' });
		const ascii = (x: string) => [...x].map((ch) => ch.charCodeAt(0));
		const mp4 = new Uint8Array([0, 0, 0, 0x18, ...ascii('ftypisom'), ...new Array(2000).fill(7)]);
		const pdfBytes = new Uint8Array([...ascii('%PDF-1.4\n'), ...new Array(500).fill(32)]);
		const upload = (name: string, bytes: Uint8Array) => ({ name, body: new Blob([bytes as Uint8Array<ArrayBuffer>]).stream() });
		const vtt = new TextEncoder().encode('\uFEFFWEBVTT\n\n00:00.000 --> 00:04.000\nMở kho ứng dụng, tìm “VNeID”.\n');
		const video = await s.lessons.addLesson(qm, c.id, { title: 'Video: cài VNeID', kind: 'video', body: 'Xem video rồi làm theo.' }, upload('C:\\Users\\canbo\\cài vneid.mp4', mp4), upload('phu-de.vtt', vtt));
		const pdf = await s.lessons.addLesson(qm, c.id, { title: 'Sổ tay VNeID', kind: 'pdf' }, upload('so-tay.pdf', pdfBytes));
		const link = await s.lessons.addLesson(qm, c.id, { title: 'Video trên cổng thông tin', kind: 'video', videoUrl: 'https://www.youtube.com/watch?v=abc' });

		// what is refused changes nothing
		const fieldOf = async (p: Promise<unknown>) => Object.entries((await errorOf(p)).fields).map(([k, v]) => `${k}:${v.key}`);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Giả', kind: 'video' }, upload('video.mp4', new TextEncoder().encode('<html>không phải video</html>'))))).toEqual(['file:errors.learning.not_video']);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Nhầm', kind: 'pdf' }, upload('a.pdf', mp4)))).toEqual(['file:errors.learning.not_pdf']);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Thiếu', kind: 'pdf' }))).toEqual(['file:errors.learning.pdf_needed']);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Thiếu', kind: 'video' }))).toEqual(['videoUrl:errors.learning.video_needed']);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Cả hai', kind: 'video', videoUrl: 'https://example.vn/v' }, upload('v.mp4', mp4)))).toEqual(['file:errors.learning.file_or_link']);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Đọc', kind: 'text', body: 'x' }, upload('v.mp4', mp4)))).toEqual(['file:errors.learning.file_not_expected']);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Phụ đề sai', kind: 'video' }, upload('v.mp4', mp4), upload('sub.srt', new TextEncoder().encode('1\n00:00:00,000 --> 00:00:04,000\nxin chào'))))).toEqual(['captions:errors.learning.not_captions']);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Phụ đề cho PDF', kind: 'pdf' }, upload('a.pdf', pdfBytes), upload('a.vtt', vtt)))).toEqual(['captions:errors.learning.captions_need_video']);
		const quicktime = new Uint8Array([0, 0, 0, 0x14, ...ascii('ftypqt  '), 0, 0, 0, 0]);
		expect(await fieldOf(s.lessons.addLesson(qm, c.id, { title: 'Video iPhone', kind: 'video' }, upload('IMG_0001.mov', quicktime)))).toEqual(['file:errors.learning.not_video']);
		const mb = new Uint8Array(1024 * 1024);
		const huge = new ReadableStream<Uint8Array>({
			start(ctl) {
				ctl.enqueue(new Uint8Array(pdfBytes));
				for (let i = 0; i < 21; i++) ctl.enqueue(mb);
				ctl.close();
			}
		});
		const tooBig = await errorOf(s.lessons.addLesson(qm, c.id, { title: 'Quá lớn', kind: 'pdf' }, { name: 'lon.pdf', body: huge }));
		expect(tooBig.fields.file).toEqual({ key: 'errors.learning.file_too_large', params: { max: 20 } });
		expect((await errorOf(s.lessons.addLesson(await authAs(s, 'tienthang.ttht'), c.id, { title: 'Ngoài phạm vi', kind: 'pdf' }, upload('a.pdf', pdfBytes)))).code).toBe('not_found');
		const managed = await s.lessons.manageLessons(qm, c.id);
		expect(managed.lessons.map((l) => [l.position, l.title, l.kind, l.fileName, l.fileSize, l.videoUrl])).toEqual([
			[1, 'Video: cài VNeID', 'video', 'cài vneid.mp4', mp4.byteLength, null],
			[2, 'Sổ tay VNeID', 'pdf', 'so-tay.pdf', pdfBytes.byteLength, null],
			[3, 'Video trên cổng thông tin', 'video', null, null, 'https://www.youtube.com/watch?v=abc']
		]);

		// a learner opens the video, not yet the PDF (in order); the bytes come back as stored
		const lan = await authAs(s, 'dan.lan');
		const v = await s.lessons.lesson(lan, video.id);
		expect(v.media).toEqual({ type: 'video/mp4', size: mp4.byteLength, name: 'cài vneid.mp4', path: `/api/v1/lessons/${video.id}/media`, captionsPath: `/api/v1/lessons/${video.id}/captions` });
		const cc = await s.lessons.captions(lan, video.id);
		expect(await new Response(cc.file.read(0, cc.file.size - 1)).text()).toContain('Mở kho ứng dụng, tìm “VNeID”.');
		expect((await errorOf(s.lessons.captions(lan, pdf.id))).key).toBe('errors.learning.lesson_locked');
		const m = await s.lessons.media(lan, video.id);
		expect([m.type, m.file.size]).toEqual(['video/mp4', mp4.byteLength]);
		expect(new Uint8Array(await new Response(m.file.read(4, 11)).arrayBuffer())).toEqual(new Uint8Array(ascii('ftypisom')));
		expect((await errorOf(s.lessons.media(lan, pdf.id))).key).toBe('errors.learning.lesson_locked');
		expect((await errorOf(s.lessons.media(anonymous, video.id))).code).toBe('unauthenticated');
		expect((await errorOf(s.lessons.media(qm, link.id))).code).toBe('not_found'); // a link has no file here
		expect((await s.lessons.lesson(qm, link.id)).videoUrl).toBe('https://www.youtube.com/watch?v=abc');
		await s.lessons.markDone(lan, video.id);
		expect((await s.lessons.media(lan, pdf.id)).type).toBe('application/pdf');

		// managers reorder and remove; what a learner has done stays
		expect((await errorOf(s.lessons.moveLesson(await authAs(s, 'tienthang.ttht'), link.id, { direction: 'up' }))).code).toBe('not_found');
		await s.lessons.moveLesson(qm, link.id, { direction: 'up' });
		await s.lessons.moveLesson(qm, video.id, { direction: 'up' }); // already first: nothing moves
		expect((await errorOf(s.lessons.moveLesson(qm, video.id, { direction: 'sideways' }))).fields.direction).toBeDefined();
		expect((await s.lessons.manageLessons(qm, c.id)).lessons.map((l) => [l.title, l.started])).toEqual([
			['Video: cài VNeID', true],
			['Video trên cổng thông tin', false],
			['Sổ tay VNeID', false]
		]);
		expect((await errorOf(s.lessons.removeLesson(qm, video.id))).key).toBe('errors.learning.lesson_in_use');
		expect((await errorOf(s.lessons.removeLesson(lan, link.id))).code).toBe('not_found');
		await s.lessons.removeLesson(qm, link.id);
		expect((await s.lessons.manageLessons(qm, c.id)).lessons.map((l) => [l.position, l.title])).toEqual([
			[1, 'Video: cài VNeID'],
			[2, 'Sổ tay VNeID']
		]);
		// files no lesson holds (an upload whose lesson was never written) are swept; held ones stay
		const orphan = `lessons/${crypto.randomUUID()}-video.mp4`;
		await s.files.put(orphan, mp4);
		expect(await s.lessons.sweepFiles(Number.NEGATIVE_INFINITY)).toBeGreaterThanOrEqual(1);
		expect(await s.files.open(orphan)).toBeNull();
		expect((await s.lessons.media(lan, video.id)).file.size).toBe(mp4.byteLength);
		expect((await s.lessons.captions(lan, video.id)).file.size).toBe(vtt.byteLength);
		const done = await s.lessons.markDone(lan, pdf.id);
		expect(done.certificateCode).toMatch(/^[A-Za-z0-9_-]{16}$/);
		await s.lessons.removeLesson(qm, pdf.id).catch(() => {});
		expect((await s.lessons.media(lan, pdf.id)).file.size).toBe(pdfBytes.byteLength); // started: kept, file and all
	});

	it('keeps lesson positions whole when managers add and move lessons at the same moment', async () => {
		const s = get().services;
		const qm = await authAs(s, 'quangminh.canbo');
		const c = await s.learning.createCourse(qm, { orgId: QM_CENTRE, title: 'Soạn bài cùng lúc', topic: 'digital_skills', audience: 'Mọi người', description: '', mode: 'online', expectedHours: 1, completion: { lessons: true }, status: 'draft' });
		const added = await Promise.all(Array.from({ length: 12 }, (_, i) => s.lessons.addLesson(qm, c.id, { title: `Bài ${i + 1}`, kind: 'text', body: 'x' })));
		const positions = async () => (await s.lessons.manageLessons(qm, c.id)).lessons.map((l) => l.position);
		expect(await positions()).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
		await Promise.all(added.map((a, i) => s.lessons.moveLesson(qm, a.id, { direction: i % 2 ? 'up' : 'down' })));
		expect(await positions()).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
		await Promise.all(added.slice(0, 6).map((a) => s.lessons.removeLesson(qm, a.id)));
		expect(await positions()).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('lets managers correct a lesson, and a quiz’s questions only until someone has answered them', async () => {
		const s = get().services;
		const { qm, text, quiz } = await onlineCourse('Sửa bài học');
		await s.lessons.updateLesson(qm, text.id, { title: 'Bài 1: Làm quen với điện thoại', body: 'Đã **sửa**.' });
		const lan = await authAs(s, 'dan.lan');
		expect(await s.lessons.lesson(lan, text.id)).toMatchObject({ title: 'Bài 1: Làm quen với điện thoại', bodyHtml: expect.stringContaining('<strong>sửa</strong>') });
		const form = await s.lessons.editLesson(qm, quiz.id);
		expect(form).toMatchObject({ kind: 'quiz', passMark: 75, maxAttempts: 3, answered: false });
		expect(form.questions.split('\n')[0]).toBe('Mật khẩu nào an toàn nhất?');
		// the questions as text, one changed: read back the same way
		await s.lessons.updateLesson(qm, quiz.id, { questions: form.questions.replace('Mật khẩu nào an toàn nhất?', 'Mật khẩu nào khó đoán nhất?'), passMark: '50', maxAttempts: '' });
		expect(await s.lessons.editLesson(qm, quiz.id)).toMatchObject({ passMark: 50, maxAttempts: null, questions: expect.stringContaining('Mật khẩu nào khó đoán nhất?') });
		const fieldOf = async (p: Promise<unknown>) => Object.entries((await errorOf(p)).fields).map(([k, v]) => `${k}:${v.key}`);
		expect(await fieldOf(s.lessons.updateLesson(qm, text.id, { passMark: '80' }))).toEqual(['passMark:errors.learning.quiz_only']);
		expect(await fieldOf(s.lessons.updateLesson(qm, text.id, { videoUrl: 'https://example.vn/v' }))).toEqual(['videoUrl:errors.learning.link_not_video']);
		expect(await fieldOf(s.lessons.updateLesson(qm, quiz.id, { questions: '' }))).toEqual(['questions:errors.learning.quiz_empty']);
		expect(await fieldOf(s.lessons.updateLesson(qm, quiz.id, { title: '' }))).toEqual(['title:errors.field.required']);
		expect((await errorOf(s.lessons.updateLesson(await authAs(s, 'tienthang.ttht'), quiz.id, { title: 'Ngoài phạm vi' }))).code).toBe('not_found');
		expect((await errorOf(s.lessons.updateLesson(lan, quiz.id, { title: 'Người học' }))).code).toBe('not_found');
		// once answered, the questions stay as they were marked; the pass mark may still change
		await s.lessons.markDone(lan, text.id);
		const q = await s.lessons.lesson(lan, quiz.id);
		await s.lessons.submitQuiz(lan, quiz.id, { answers: { [q.questions[0]!.id]: [0] } });
		expect((await s.lessons.editLesson(qm, quiz.id)).answered).toBe(true);
		expect(await fieldOf(s.lessons.updateLesson(qm, quiz.id, { questions: 'Câu mới?\n(x) a\n( ) b' }))).toEqual(['questions:errors.learning.questions_answered']);
		await s.lessons.updateLesson(qm, quiz.id, { passMark: '60' });
		expect((await s.lessons.editLesson(qm, quiz.id)).passMark).toBe(60);
	});
});
