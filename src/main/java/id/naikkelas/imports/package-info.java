/**
 * Import and export: agency lists (Excel or CSV, up to a million rows) become registry records.
 * An upload is stored as is (with its SHA-256), its columns are mapped (guessed from Indonesian and
 * English headers, savable per agency), and a background job on any node validates each row with the
 * registry's rules, resolves region names within the importer's jurisdiction, matches rows to
 * existing businesses (exact NIK/NIB, then fuzzy name/owner/address within the district) and links,
 * queues for review or creates them in committed chunks. Rejected rows come back as an Excel file with
 * the reason per cell; the registry list goes out as Excel.
 * <p>
 * Owns tables: import_job, import_file_part, import_row, import_rejection, import_review, import_template.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import and export")
package id.naikkelas.imports;
