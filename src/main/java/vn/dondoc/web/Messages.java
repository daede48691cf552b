package vn.dondoc.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the pages show, in Vietnamese (the default); English in {@code messages/msg_en.properties}.
 * Keys are {@code <feature>_<page>_<element>}. Templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface Messages {

    // == layout and shared words ==
    @Message("vi")
    String app_lang();

    @Message("Đôn đốc")
    String app_name();

    @Message("Theo dõi, đôn đốc thực hiện nhiệm vụ")
    String app_tagline();

    @Message("Chuyển đến nội dung chính")
    String layout_skip();

    @Message("Trang chủ")
    String nav_home();

    @Message("Nhiệm vụ")
    String nav_tasks();

    @Message("Nhập văn bản")
    String nav_import();

    @Message("Cơ quan")
    String nav_bodies();

    @Message("Báo cáo")
    String nav_reports();

    @Message("Quản trị")
    String nav_admin();

    @Message("Đăng xuất")
    String nav_logout();

    @Message("English")
    String nav_other_language();

    @Message("en")
    String nav_other_language_code();

    @Message("Điều hướng chính")
    String nav_label();

    @Message("Đã lưu.")
    String flash_saved();

    @Message("Có lỗi")
    String form_error_summary();

    @Message("Lưu")
    String form_save();

    @Message("Hủy")
    String form_cancel();

    @Message("Không tìm thấy trang")
    String error_404_title();

    @Message("Trang hoặc bản ghi bạn tìm không tồn tại, hoặc đã bị xóa.")
    String error_404_text();

    @Message("Không có quyền truy cập")
    String error_403_title();

    @Message("Tài khoản của bạn không được phép xem hoặc thay đổi nội dung này.")
    String error_403_text();

    @Message("Yêu cầu không hợp lệ")
    String error_400_title();

    @Message("Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và thử lại.")
    String error_400_text();

    @Message("Đã có lỗi xảy ra")
    String error_500_title();

    @Message("Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu của bạn chưa bị thay đổi. Hãy thử lại sau.")
    String error_500_text();

    @Message("Về trang chủ")
    String error_back_home();

    // == accounts ==
    @Message("Đăng nhập")
    String login_title();

    @Message("Tên đăng nhập")
    String login_username();

    @Message("Mật khẩu")
    String login_password();

    @Message("Tên đăng nhập hoặc mật khẩu không đúng, hoặc đã đăng nhập sai quá nhiều lần. Hãy thử lại sau ít phút.")
    String login_error();

    @Message("Bạn đã đăng xuất.")
    String login_logged_out();

    @Message("Quản trị viên")
    String role_ADMIN();

    @Message("Chuyên viên theo dõi")
    String role_CLERK();

    @Message("Cán bộ cơ quan")
    String role_STAFF();

    @Message("Người xem")
    String role_VIEWER();

    // == tasks ==

    // == importer ==

    // == bodies ==

    // == reports ==
    @Message("Báo cáo tiến độ thực hiện nhiệm vụ")
    String report_progress_title();

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

    @Message("Ngày/tháng/năm, ví dụ 30/09/2024")
    String report_progress_date_hint();

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

    @Message("Mỗi lượt giao là một nhiệm vụ giao cho một cơ quan (chủ trì hoặc phối hợp): nhiệm vụ giao cho nhiều cơ quan được tính ở từng cơ quan. Bốn nhóm đầu cộng lại bằng tổng số; cột “Chưa thực hiện” nằm trong hai nhóm chưa hoàn thành.")
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

    @Message("Chưa thực hiện")
    String report_progress_status_NOT_STARTED();

    @Message("Đang thực hiện")
    String report_progress_status_IN_PROGRESS();

    @Message("Đã hoàn thành")
    String report_progress_status_DONE();

    @Message("… và {count} nhiệm vụ quá hạn khác")
    String report_progress_more(long count);

    @Message("{body}: {count} nhiệm vụ quá hạn")
    String report_progress_body_overdue(String body, long count);

    @Message("In và tải về")
    String report_progress_downloads();

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

    @Message("Trang")
    String report_print_page();

    @Message("In")
    String report_print_button();

    @Message("Quay lại báo cáo")
    String report_print_back();

    @Message("Số trang in ở chân mỗi trang. Nếu trình duyệt không in số trang, hãy bật “Đầu trang và chân trang” trong hộp thoại in, hoặc dùng bản PDF.")
    String report_print_tip();

    @Message("Số ngày quá hạn")
    String report_export_days();

    @Message("Văn bản")
    String report_export_directive();

    @Message("{group} (%)")
    String report_export_percent(String group);


    // == daily use ==

}
