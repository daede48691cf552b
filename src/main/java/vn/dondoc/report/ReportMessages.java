package vn.dondoc.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of reports, exports and evaluation. Vietnamese (the default) here, English in {@code
 * messages/report_en.properties}; templates use them as {@code {report:key}}.
 */
@MessageBundle(value = "report", locale = "vi")
public interface ReportMessages {

    // == follow-up ==

    @Message("Đánh giá kết quả thực hiện nhiệm vụ trong kỳ")
    String evaluation_title();

    @Message("Báo cáo tiến độ")
    String evaluation_back();

    @Message("Đánh giá cuối kỳ")
    String evaluation_link();

    @Message("Các nhiệm vụ có thời hạn từ {from} đến {to}")
    String evaluation_period(String from, String to);

    @Message("Thời hạn là thời hạn của từng cơ quan, đã điều chỉnh nếu được đồng ý; tình trạng tính đến hôm nay. Tỷ lệ tính trên số nhiệm vụ đến hạn trong kỳ.")
    String evaluation_explain();

    @Message("Từ ngày")
    String evaluation_from();

    @Message("Đến ngày")
    String evaluation_to();

    @Message("Xem")
    String evaluation_show();

    @Message("Theo quý")
    String evaluation_quarters();

    @Message("Quý {quarter}/{year}")
    String evaluation_quarter(int quarter, int year);

    @Message("Bản in A4")
    String evaluation_print();

    @Message("Phụ lục (XLSX)")
    String evaluation_xlsx();

    @Message("Không có nhiệm vụ nào đến hạn trong kỳ.")
    String evaluation_none();

    @Message("STT")
    String evaluation_col_no();

    @Message("Cơ quan")
    String evaluation_col_body();

    @Message("Số nhiệm vụ đến hạn")
    String evaluation_col_total();

    @Message("Hoàn thành đúng hạn")
    String evaluation_col_on_time();

    @Message("Tỷ lệ đúng hạn")
    String evaluation_col_on_time_share();

    @Message("Hoàn thành quá hạn")
    String evaluation_col_late();

    @Message("Tỷ lệ quá hạn")
    String evaluation_col_late_share();

    @Message("Chưa hoàn thành")
    String evaluation_col_not_done();

    @Message("Tỷ lệ chưa hoàn thành")
    String evaluation_col_not_done_share();

    @Message("Được điều chỉnh thời hạn")
    String evaluation_col_extended();

    @Message("Nhận xét, đánh giá")
    String evaluation_col_remark();

    @Message("Tổng cộng")
    String evaluation_total();

    @Message("Nhận xét về {body}")
    String evaluation_remark_label(String body);

    @Message("Lưu nhận xét")
    String evaluation_remark_save();

    @Message("Phụ lục")
    String evaluation_sheet();

    @Message("PHỤ LỤC: KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÓ THỜI HẠN TỪ {from} ĐẾN {to}")
    String evaluation_appendix_title(String from, String to);

    @Message("Nhận xét vừa được người khác lưu")
    String evaluation_stale_title();

    @Message("Nhận xét đã được người khác lưu sau khi bạn mở trang; ô dưới đây vẫn giữ những gì bạn nhập, hãy xem lại rồi lưu lần nữa.")
    String evaluation_error_stale();

    @Message("Nhận xét dài quá 4.000 ký tự.")
    String evaluation_error_long();

    @Message("Không có cơ quan hoặc kỳ này.")
    String evaluation_error_body();

    @Message("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/09/2024.")
    String evaluation_error_date();

    @Message("Ngày cuối không được trước ngày đầu.")
    String evaluation_error_range();

    @Message("Đã lưu nhận xét.")
    String evaluation_flash_saved();

    @Message("Đúng hạn, quá hạn tính theo thời hạn của từng cơ quan, kể cả thời hạn đã được đồng ý điều chỉnh.")
    String report_adjusted_note();

    // == tasks ==

    @Message("Văn bản")
    String task_table_directive();

    // == reports ==

    @Message("Mã")
    String report_export_id();

    @Message("Thời hạn ghi trong văn bản")
    String report_export_deadline_text();

    @Message("Cơ quan chủ trì")
    String report_export_lead();

    @Message("Cơ quan phối hợp")
    String report_export_support();

    @Message("Tiến độ")
    String report_export_progress();

    @Message("Đã xong bao nhiêu, quá hạn bao nhiêu: theo từng cơ quan và toàn bộ.")
    String report_progress_lead();

    @Message("Phạm vi báo cáo")
    String report_progress_filters();

    @Message("Văn bản chỉ đạo")
    String report_progress_directive();

    @Message("Tất cả văn bản")
    String report_progress_directive_all();

    @Message("Hạn từ ngày")
    String report_progress_from();

    @Message("Hạn đến ngày")
    String report_progress_to();

    @Message("Tính đến ngày")
    String report_progress_asof();

    @Message("Để trống là hôm nay")
    String report_progress_asof_hint();

    @Message("So với ngày")
    String report_progress_compare();

    @Message("Tỷ lệ quá hạn tăng hay giảm từ ngày này")
    String report_progress_compare_hint();

    @Message("Gộp các cơ quan đã hợp nhất năm 2025 vào cơ quan mới")
    String report_progress_merge();

    @Message("Xem báo cáo")
    String report_progress_show();

    @Message("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/09/2024")
    String report_progress_error_date();

    @Message("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu")
    String report_progress_error_period();

    @Message("Ngày báo cáo không được sau hôm nay")
    String report_progress_error_future();

    @Message("Ngày so sánh phải trước ngày báo cáo")
    String report_progress_error_compare();

    @Message("Chọn một văn bản trong danh sách")
    String report_progress_error_directive();

    @Message("Tính đến ngày {date}")
    String report_progress_asof_line(String date);

    @Message("Tỷ lệ quá hạn")
    String report_progress_headline();

    @Message("{overdue} trên {total} lượt giao đã quá hạn mà chưa hoàn thành")
    String report_progress_headline_of(long overdue, long total);

    @Message("Tăng {points} điểm phần trăm so với ngày {date}")
    String report_progress_change_up(String points, String date);

    @Message("Giảm {points} điểm phần trăm so với ngày {date}")
    String report_progress_change_down(String points, String date);

    @Message("Không đổi so với ngày {date}")
    String report_progress_change_same(String date);

    @Message("Đã hoàn thành")
    String report_progress_done_share();

    @Message("Mỗi lượt giao là một nhiệm vụ giao cho một cơ quan (chủ trì hoặc phối hợp): nhiệm vụ giao cho nhiều cơ quan được tính ở từng cơ quan. Chỉ lượt giao đã được xác nhận mới tính là hoàn thành; lượt đã báo cáo hoàn thành mà chưa được xác nhận là một nhóm riêng. Năm nhóm đầu cộng lại bằng tổng số; cột “Chưa thực hiện” nằm trong hai nhóm đang thực hiện và quá hạn.")
    String report_progress_count_note();

    @Message("Không có nhiệm vụ nào trong phạm vi này.")
    String report_progress_empty();

    @Message("Tiến độ theo cơ quan")
    String report_progress_table_caption();

    @Message("Cơ quan")
    String report_progress_body();

    @Message("Số nhiệm vụ được giao")
    String report_progress_total();

    @Message("Hoàn thành đúng hạn")
    String report_progress_on_time();

    @Message("Hoàn thành quá hạn")
    String report_progress_late();

    @Message("Đang thực hiện trong hạn")
    String report_progress_within();

    @Message("Đã báo cáo, chờ xác nhận")
    String report_progress_reported();

    @Message("Quá hạn chưa hoàn thành")
    String report_progress_overdue();

    @Message("Chưa thực hiện")
    String report_progress_not_started();

    @Message("Tổng cộng")
    String report_progress_totals();

    @Message("gồm cả: {names}")
    String report_progress_merged_from(String names);

    @Message("Biểu đồ tiến độ theo cơ quan")
    String report_progress_chart_title();

    @Message("Mỗi thanh là toàn bộ nhiệm vụ của một cơ quan, chia theo bốn nhóm; con số bên phải là tỷ lệ quá hạn.")
    String report_progress_chart_desc();

    @Message("quá hạn {share}")
    String report_progress_chart_overdue(String share);

    @Message("Nhiệm vụ quá hạn theo cơ quan")
    String report_progress_overdue_title();

    @Message("Không có nhiệm vụ quá hạn.")
    String report_progress_overdue_none();

    @Message("Nhiệm vụ")
    String report_progress_task();

    @Message("Hạn")
    String report_progress_deadline();

    @Message("Số ngày quá hạn")
    String report_progress_days_late();

    @Message("Trạng thái")
    String report_progress_status();

    @Message("… và {count} nhiệm vụ quá hạn khác")
    String report_progress_more(long count);

    @Message("Xem cả {count} nhiệm vụ trong danh sách")
    String report_progress_see_all(long count);

    @Message("{body}: {count} nhiệm vụ quá hạn")
    String report_progress_body_overdue(String body, long count);

    @Message("In báo cáo")
    String report_progress_print();

    @Message("Tải PDF")
    String report_progress_pdf();

    @Message("Tải Excel (.xlsx)")
    String report_progress_xlsx();

    @Message("Tải CSV")
    String report_progress_csv();

    @Message("ĐẢNG CỘNG SẢN VIỆT NAM")
    String report_print_party();

    @Message("{place}, ngày {day} tháng {month} năm {year}")
    String report_print_place_date(String place, String day, String month, String year);

    @Message("BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ")
    String report_print_title();

    @Message("Phạm vi: tất cả nhiệm vụ")
    String report_print_scope_all();

    @Message("Văn bản: {title}")
    String report_print_scope_directive(String title);

    @Message("Hạn thực hiện từ ngày {date}")
    String report_print_scope_from(String date);

    @Message("Hạn thực hiện đến ngày {date}")
    String report_print_scope_to(String date);

    @Message("Các cơ quan đã hợp nhất năm 2025 được tính vào cơ quan mới.")
    String report_print_merged();

    @Message("In")
    String report_print_button();

    @Message("Quay lại báo cáo")
    String report_print_back();

    @Message("Số trang in ở chân mỗi trang. Nếu trình duyệt không in số trang, hãy bật “Đầu trang và chân trang” trong hộp thoại in, hoặc dùng bản PDF.")
    String report_print_tip();

    @Message("{group} (%)")
    String report_export_percent(String group);
}
