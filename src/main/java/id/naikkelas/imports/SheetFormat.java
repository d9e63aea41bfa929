package id.naikkelas.imports;

/** File formats an agency can upload. */
enum SheetFormat { XLSX, CSV }
