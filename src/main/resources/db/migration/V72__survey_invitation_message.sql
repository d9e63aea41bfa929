-- notification: the owner is told a satisfaction survey waits for them (issue 20's IKM, issue 21's messages)
INSERT INTO notification_template (kind, params, body_id, body_en, whatsapp_name, title_id, title_en) VALUES
('survey.invitation', '{unit}',
 'Terima kasih telah menggunakan layanan {unit}. Mohon isi survei kepuasan singkat (9 pertanyaan, 2 menit) di Naik Kelas.',
 'Thank you for using the services of {unit}. Please answer a short satisfaction survey (9 questions, 2 minutes) on Naik Kelas.',
 'nk_survey_invitation', 'Survei kepuasan', 'Satisfaction survey');
