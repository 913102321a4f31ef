-- The shortlist query sizes the box round a person by the furthest anyone travels; this index answers
-- max(travel_radius_km) without reading the cards.
create index worker_card_radius on matching.worker_card (travel_radius_km);
