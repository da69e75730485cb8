-- The head's rank (pangkat/golongan), printed under the name in every signature block, as tata naskah
-- dinas asks: "Pembina Utama Muda (IV/c)". Empty for a head without one.
alter table office_profile add column head_rank varchar(100);
