package id.naikkelas.reporting;

import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Dashboards, evaluations and public statistics as people and programs reach them, within each one's jurisdiction. */
@IntegrationTest
class ReportingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportingRefresh refresh;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    FigureRefresh figures;

    @BeforeEach
    void figuresAreBuilt() {
        refresh.rebuildNow();
    }

    @Test
    void aManagerSeesTheFunnelOfTheirCityWithItsDistrictsAndTheListBehindTheNumber() throws Exception {
        long registered = jdbc.sql("""
                        SELECT count(*) FROM business WHERE region_code LIKE '14.72.%' AND merged_into IS NULL AND status <> 'INACTIVE'""")
                .query(Long.class).single();
        mvc.perform(get("/laporan").with(user("manajer.dumai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Tahapan UMKM")))
                .andExpect(content().string(containsString("href=\"/usaha?region=14.72\"")))
                .andExpect(content().string(containsString(">" + registered + "<")))
                // the districts of Dumai, each drillable
                .andExpect(content().string(containsString("/laporan?region=14.72.")))
                // the funnel's last stage is counted, and the market has its section
                .andExpect(content().string(containsString("Berjualan")))
                .andExpect(content().string(containsString("id=\"market\"")));
        mvc.perform(get("/api/v1/reports/dashboard").param("region", "14.72").with(user("manajer.dumai")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.funnel[0].code").value("REGISTERED"))
                .andExpect(jsonPath("$.funnel[0].n").value(registered))
                .andExpect(jsonPath("$.childLength").value(8));
    }

    @Test
    void anotherRegionsFiguresAreRefused() throws Exception {
        mvc.perform(get("/laporan").param("region", "18").with(user("manajer.dumai"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/dashboard").param("region", "18.71").with(user("manajer.dumai")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/evaluation.pdf").param("year", "2026").param("region", "62").with(user("petugas.dumai")))
                .andExpect(status().isForbidden());
        // owners, facilitators and partners see no dashboard at all
        mvc.perform(get("/api/v1/reports/dashboard").with(user("pemilik.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/laporan").with(user("pendamping.palangkaraya"))).andExpect(status().isForbidden());
        // a program of another agency is not there for them
        long lampung = jdbc.sql("SELECT id FROM program WHERE name LIKE 'Gerakan Sertifikasi Halal%'").query(Long.class).single();
        mvc.perform(get("/api/v1/reports/dashboard").param("program", String.valueOf(lampung)).with(user("manajer.dumai")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aBadRegionOrYearIsAFieldErrorAndNotAServerError() throws Exception {
        mvc.perform(get("/api/v1/reports/dashboard").param("region", "14.72.xx").with(user("manajer.dumai")))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("region")));
        mvc.perform(get("/api/v1/reports/evaluation").param("year", "1999").with(user("manajer.dumai")))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("year")));
        mvc.perform(get("/api/v1/statistics").param("region", "14.72"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aDashboardReadsOnlyTheMaintainedFiguresInAFewStatements() throws Exception {
        var statements = StatementCount.during(() -> mvc.perform(get("/api/v1/reports/dashboard").with(user("petugas.lampung")))
                .andExpect(status().isOk()));
        var figureReads = statements.sql().stream().filter(sql -> sql.contains("reporting_figure") || sql.contains("reporting_rollup")).count();
        assertThat(figureReads).isEqualTo(2);
        assertThat(statements.sql()).noneMatch(sql -> sql.contains("registry_business_activity") || sql.contains("certification_case_outcome"));
        assertThat(statements.count()).isLessThan(15);
    }

    @Test
    void theYearlyEvaluationComesAsPdfWithChartsAndAsExcel() throws Exception {
        byte[] pdf = mvc.perform(get("/laporan/evaluasi.pdf").param("year", "2026").param("region", "14.72").with(user("manajer.dumai")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Evaluasi tahun 2026", "Kota Dumai", "Izin terbit dibanding tahun sebelumnya", "Tahapan UMKM",
                "Per wilayah", "Yang perlu diperbaiki", "Berjualan");

        byte[] xlsx = mvc.perform(get("/api/v1/reports/evaluation.xlsx").param("year", "2026").with(user("manajer.dumai")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).contains("Ringkasan", "Tahapan UMKM", "Per wilayah");
            var funnel = workbook.findSheet("Tahapan UMKM").orElseThrow().read();
            assertThat(funnel.get(1).getCellText(0)).isEqualTo("Terdaftar");
            long registered = jdbc.sql("""
                            SELECT count(*) FROM business WHERE region_code LIKE '14.72.%' AND merged_into IS NULL AND status <> 'INACTIVE'""")
                    .query(Long.class).single();
            assertThat(funnel.get(1).getCell(1).asNumber().longValue()).isEqualTo(registered);
        }
    }

    @Test
    void publicStatisticsNeedNoAccountAndNeitherShowNorGiveAwayACountFromOneToFour() throws Exception {
        transactions.executeWithoutResult(status -> {
            // a province with nothing else in it: three businesses, seven certified elsewhere in it (made-up figures)
            jdbc.sql("""
                    INSERT INTO reporting_figure (district, program_id, indicator, dimension, n) VALUES
                    ('94.01.01', 0, 'FUNNEL', 'REGISTERED', 3), ('94.02.01', 0, 'FUNNEL', 'REGISTERED', 9),
                    ('94.02.01', 0, 'FUNNEL', 'CERTIFIED', 7), ('94.01.01', 0, 'PERMIT_MONTH', 'PIRT 2026-05', 2)""").update();
            figures.rollUp(java.util.List.of("94.01.01", "94.02.01"));
            try {
                String national = mvc.perform(get("/statistik")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(national).contains("Statistik UMKM", "href=\"/statistik?region=94\"");
                String papua = mvc.perform(get("/statistik").param("region", "94")).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                var cells = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(papua).results().map(m -> m.group(1)).toList();
                // 3 of 12 registered is hidden; so is the 9 beside it, or 12 - 9 would give the 3 back
                assertThat(cells).isNotEmpty().contains("&lt;5", "×", "7").doesNotContain("9").noneMatch(c -> c.matches("[1-4]"));
                assertThat(papua).doesNotContain("NIK").doesNotContain("owner");

                mvc.perform(get("/api/v1/statistics").param("region", "94"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.registered.value").value(12))
                        .andExpect(jsonPath("$.rows[0].registered.value").doesNotExist())
                        .andExpect(jsonPath("$.rows[0].registered.shown").value("<5"))
                        .andExpect(jsonPath("$.rows[0].permits.shown").value("<5"))
                        .andExpect(jsonPath("$.rows[1].registered.value").doesNotExist())
                        .andExpect(jsonPath("$.rows[1].registered.shown").value("×"))
                        .andExpect(jsonPath("$.rows[1].certified.value").value(7))
                        .andExpect(content().string(not(containsString(":3,"))))
                        .andExpect(content().string(not(containsString(":2,"))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
    }
}
