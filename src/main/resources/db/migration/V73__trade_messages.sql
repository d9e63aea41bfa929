-- notification: the owner is told when a buyer asks for a product or turns an inquiry into a weekly order (issue 19, 21)
INSERT INTO notification_template (kind, params, body_id, body_en, whatsapp_name, title_id, title_en) VALUES
('market.inquiry.received', '{buyer,product,quantity}',
 '{buyer} meminta penawaran {quantity} {product}. Jawab di Naik Kelas.',
 '{buyer} asks for a quote for {quantity} {product}. Answer on Naik Kelas.',
 'nk_inquiry_received', 'Permintaan pembeli', 'Buyer inquiry'),
('market.order.created', '{buyer,product,quantity,deliveries}',
 '{buyer} memesan {quantity} {product} tiap minggu ({deliveries} pengiriman). Lihat jadwalnya di Naik Kelas.',
 '{buyer} ordered {quantity} {product} every week ({deliveries} deliveries). See the schedule on Naik Kelas.',
 'nk_order_created', 'Pesanan rutin baru', 'New weekly order');
