-- Open cases of Lampung (province 18) whose current step has no document guard (at most an external reference, which
-- each request of the load test brings): each can take one transition. Used by run.sh case-steps and cpu-per-step.sh.
SELECT c.id, c.current_step FROM certification_case c JOIN business b ON b.id = c.business_id
WHERE c.status = 'OPEN' AND b.region_code LIKE '18.%' AND (c.template_code, c.current_step) IN (
  ('bnsp', 'CHOOSE_SCHEME'), ('bnsp', 'ELIGIBILITY'), ('bnsp', 'ASSESSMENT'), ('bpom-md', 'PRE_REGISTRATION'),
  ('bpom-md', 'EVALUATION'), ('bpom-md', 'ADDITIONAL_DATA'), ('halal-regular', 'DOCUMENT_CHECK'),
  ('halal-regular', 'MISSING_DOCUMENTS'), ('halal-regular', 'LPH_FEE'), ('halal-regular', 'AUDIT'),
  ('halal-regular', 'FATWA'), ('halal-self-declare', 'SYSTEM_VERIFICATION'), ('halal-self-declare', 'RETURNED_FILE'),
  ('halal-self-declare', 'FATWA'), ('sni', 'PREPARATION'), ('sni', 'VERIFICATION'), ('sni', 'QMS_AUDIT'),
  ('sni', 'PANEL_REVIEW'), ('trademark', 'BRAND_SEARCH'), ('trademark', 'FORMALITY_CHECK'),
  ('trademark', 'PUBLICATION'), ('trademark', 'SUBSTANTIVE_EXAMINATION'),
  ('halal-regular', 'STTD'), ('halal-regular', 'CERTIFICATE_ISSUED'), ('halal-self-declare', 'STTD'),
  ('halal-self-declare', 'CERTIFICATE_ISSUED'))
