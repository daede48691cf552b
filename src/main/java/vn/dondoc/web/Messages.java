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

    @Message("Văn bản")
    String nav_directives();

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

    @Message("Biểu mẫu quá lớn")
    String error_413_title();

    @Message("Biểu mẫu gửi quá nhiều mục hoặc quá nhiều dữ liệu một lần. Hãy chọn ít mục hơn rồi gửi lại.")
    String error_413_text();

    @Message("Đã có lỗi xảy ra")
    String error_500_title();

    @Message("Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu của bạn chưa bị thay đổi. Hãy thử lại sau.")
    String error_500_text();

    @Message("Về trang chủ")
    String error_back_home();

    // == tasks ==
    @Message("Tổng quan")
    String start_title();

    @Message("Việc của {body}")
    String start_body_title(String body);

    @Message("{percent}% số việc chưa xong")
    String start_overdue_share(long percent);

    @Message("Việc chưa hoàn thành, hạn gần nhất trước")
    String start_open_title();

    @Message("Cơ quan không còn việc nào chưa hoàn thành.")
    String start_open_none();

    @Message("Tất cả nhiệm vụ của cơ quan")
    String start_all_of_body();

    @Message("Văn bản mới nhập")
    String start_latest_title();

    @Message("Chưa có văn bản nào.")
    String start_latest_none();

    @Message("Các nhiệm vụ quá hạn")
    String start_overdue_link();

    @Message("Tất cả nhiệm vụ")
    String start_all_tasks();

    @Message("Chưa thực hiện")
    String status_NOT_STARTED();

    @Message("Đang thực hiện")
    String status_IN_PROGRESS();

    @Message("Đã hoàn thành")
    String status_DONE();

    @Message("Báo cáo hoàn thành, chờ xác nhận")
    String status_REPORTED();

    @Message("Trong hạn")
    String progress_WITHIN_DEADLINE();

    @Message("Quá hạn")
    String progress_OVERDUE();

    @Message("Hoàn thành đúng hạn")
    String progress_DONE_ON_TIME();

    @Message("Hoàn thành quá hạn")
    String progress_DONE_LATE();

    @Message("Chờ xác nhận")
    String progress_REPORTED();

    @Message("chủ trì")
    String task_role_LEAD();

    @Message("phối hợp")
    String task_role_SUPPORT();

    @Message("Có ngày cụ thể")
    String deadline_kind_DATE();

    @Message("Định kỳ")
    String deadline_kind_RECURRING();

    @Message("Thường xuyên")
    String deadline_kind_ONGOING();

    @Message("Khẩn trương")
    String deadline_kind_URGENT();

    @Message("Không có thời hạn")
    String deadline_kind_NONE();

    @Message("{done}/{total} đã hoàn thành")
    String task_progress_count(long done, long total);

    @Message("Chưa giao cơ quan nào")
    String task_owners_none();

    @Message("suy luận")
    String task_owners_inferred();

    @Message("Nhiệm vụ")
    String task_table_task();

    @Message("Văn bản")
    String task_table_directive();

    @Message("Thời hạn")
    String task_table_deadline();

    @Message("Cơ quan thực hiện")
    String task_table_owners();

    @Message("Tình trạng")
    String task_table_status();

    @Message("Danh sách nhiệm vụ")
    String task_list_title();

    @Message("Tìm thấy {count} nhiệm vụ")
    String task_list_count(long count);

    @Message("Tìm thấy hơn {count} nhiệm vụ")
    String task_list_count_more(long count);

    @Message("hiển thị {first}–{last}")
    String task_list_showing(long first, long last);

    @Message("Không có nhiệm vụ nào phù hợp")
    String task_list_empty_title();

    @Message("Hãy bỏ bớt điều kiện lọc hoặc chọn điều kiện khác.")
    String task_list_empty_text();

    @Message("Các trang kết quả")
    String task_list_pages();

    @Message("‹ Trang trước")
    String task_list_previous();

    @Message("Trang sau ›")
    String task_list_next();

    @Message("Trang {page}/{pages}")
    String task_list_page(int page, int pages);

    @Message("Trang {page}")
    String task_list_page_open(int page);

    @Message("Lọc nhiệm vụ")
    String task_filter_label();

    @Message("Cơ quan")
    String task_filter_body();

    @Message("Tình trạng")
    String task_filter_status();

    @Message("Trạng thái thực hiện")
    String task_filter_status_group();

    @Message("Theo thời hạn")
    String task_filter_progress_group();

    @Message("Thời hạn từ ngày")
    String task_filter_from();

    @Message("Đến ngày")
    String task_filter_to();

    @Message("Văn bản")
    String task_filter_directive();

    @Message("Văn bản cũ hơn: mở văn bản trong danh sách văn bản")
    String task_filter_directive_more();

    @Message("Xem các nhiệm vụ trong danh sách nhiệm vụ")
    String directive_tasks_in_list();

    @Message("Từ khóa")
    String task_filter_q();

    @Message("Tất cả")
    String task_filter_any();

    @Message("Lọc")
    String task_filter_apply();

    @Message("Bỏ lọc")
    String task_filter_clear();

    @Message("Không có cơ quan này. Hãy chọn trong danh sách.")
    String task_filter_error_body();

    @Message("Tình trạng không hợp lệ. Hãy chọn trong danh sách.")
    String task_filter_error_status();

    @Message("Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 30/09/2024.")
    String task_filter_error_date();

    @Message("Ngày kết thúc phải sau ngày bắt đầu.")
    String task_filter_error_range();

    @Message("Văn bản không hợp lệ. Hãy chọn trong danh sách.")
    String task_filter_error_directive();

    @Message("Từ khóa quá dài (tối đa 200 ký tự).")
    String task_filter_error_q();

    @Message("Nhiệm vụ số {position}")
    String task_detail_title(int position);

    @Message("‹ Danh sách nhiệm vụ")
    String task_detail_back();

    @Message("Văn bản")
    String task_detail_directive();

    @Message("Mục")
    String task_detail_section();

    @Message("Thời hạn")
    String task_detail_deadline();

    @Message("Tình trạng chung")
    String task_detail_status();

    @Message("Trích văn bản gốc")
    String task_detail_source();

    @Message("Không xác định được vị trí của nhiệm vụ trong văn bản gốc.")
    String task_detail_source_unknown();

    @Message("Cơ quan thực hiện")
    String task_detail_owners();

    @Message("Tình trạng")
    String task_detail_owner_status();

    @Message("Lý do giao")
    String task_detail_owner_reason();

    @Message("Ngày hoàn thành")
    String task_detail_owner_done_on();

    @Message("Cập nhật lần cuối")
    String task_detail_owner_updated();

    @Message("Ghi chú mới nhất")
    String task_detail_owner_note();

    @Message("Lịch sử cập nhật")
    String task_detail_history();

    @Message("Chưa có cập nhật nào.")
    String task_detail_history_empty();

    @Message("Đã cập nhật tình trạng thực hiện.")
    String task_detail_saved();

    @Message("Chưa lưu thay đổi của bạn")
    String task_detail_stale_title();

    @Message("Trong lúc bạn xem trang, {who} đã cập nhật nhiệm vụ này lúc {when}.")
    String task_detail_stale_text(String who, String when);

    @Message("Tình trạng hiện tại của {body}:")
    String task_detail_stale_now(String body);

    @Message("Xem lại và lưu lại thay đổi của bạn")
    String task_detail_stale_again();

    @Message("Cập nhật tình trạng")
    String task_status_label();

    @Message("Ghi chú kèm cập nhật (không bắt buộc)")
    String task_status_note();

    @Message("Kết quả, vướng mắc hoặc văn bản báo cáo; tối đa 2.000 ký tự. Ghi chú này hiện trong mục Ghi chú tiến độ và Lịch sử.")
    String task_status_note_hint();

    @Message("Cập nhật")
    String task_status_submit();

    @Message("Chỉ cán bộ của cơ quan này hoặc chuyên viên theo dõi được cập nhật.")
    String task_status_not_yours();

    @Message("Hãy chọn một tình trạng trong danh sách.")
    String task_status_error_status();

    @Message("Ghi chú quá dài (tối đa 2.000 ký tự).")
    String task_status_error_note();

    @Message("Biểu mẫu không hợp lệ. Hãy tải lại trang và thử lại.")
    String task_status_error_version();


    // == bodies ==
    @Message("Cơ quan thực hiện")
    String bodies_list_title();

    @Message("Các cơ quan hiện được giao nhiệm vụ, với số việc chưa hoàn thành và quá hạn.")
    String bodies_list_lead();

    @Message("Cơ quan")
    String bodies_list_body();

    @Message("Cơ quan đã sáp nhập, giải thể")
    String bodies_list_former();

    @Message("Việc đã hoàn thành vẫn tính cho cơ quan đã làm. Việc chưa xong chỉ chuyển sang cơ quan kế tục khi quản trị viên ghi nhận việc sáp nhập; các con số dưới đây là phần việc còn ở cơ quan cũ.")
    String bodies_list_former_lead();

    @Message("Đến ngày")
    String bodies_list_until();

    @Message("Cơ quan kế tục")
    String bodies_list_successor();

    @Message("Được giao")
    String bodies_count_assigned();

    @Message("Chưa hoàn thành")
    String bodies_count_open();

    @Message("Quá hạn")
    String bodies_count_overdue();

    @Message("‹ Danh sách cơ quan")
    String bodies_detail_back();

    @Message("Nhiệm vụ được giao")
    String bodies_detail_tasks();

    @Message("Lọc nhiệm vụ của cơ quan này")
    String bodies_detail_filter();

    @Message("Cơ quan này chưa được giao nhiệm vụ nào.")
    String bodies_detail_no_tasks();


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

    @Message("Tải danh sách (CSV)")
    String report_export_tasks_csv();

    @Message("Tải danh sách (Excel)")
    String report_export_tasks_xlsx();

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
    String form_date_hint();

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

    @Message("Chưa thực hiện")
    String report_progress_status_NOT_STARTED();

    @Message("Đang thực hiện")
    String report_progress_status_IN_PROGRESS();

    @Message("Đã hoàn thành")
    String report_progress_status_DONE();

    @Message("Chờ xác nhận")
    String report_progress_status_REPORTED();

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


    // == daily use ==

    @Message("Chưa chọn cơ quan nào")
    String bodies_picker_none();

    @Message("Đánh dấu \"chủ trì\" hoặc \"phối hợp\" cho từng cơ quan; mỗi cơ quan chỉ một vai trò.")
    String bodies_picker_hint();

    @Message("Tìm cơ quan")
    String bodies_picker_filter();

    @Message("Cơ quan văn bản nêu, chưa có trong danh sách (sẽ được thêm)")
    String bodies_picker_unlisted();

    @Message("Cơ quan đã sáp nhập hoặc giải thể ({count})")
    String bodies_picker_former(int count);

    @Message("(mới)")
    String bodies_picker_new();

    @Message("đến {day}, nay là {successor}")
    String bodies_picker_until_successor(String day, String successor);

    @Message("đến {day}")
    String bodies_picker_until(String day);

    @Message("Hệ thống (nhập văn bản mẫu)")
    String actor_system();

    @Message("Tất cả {count} cơ quan")
    String task_owners_all(long count);

    @Message("{count} cơ quan")
    String task_owners_count(int count);

    @Message("Nhiệm vụ của {body}")
    String task_list_title_of(String body);

    @Message("Vai trò của cơ quan")
    String task_filter_role();

    @Message("Tình trạng thực hiện")
    String task_filter_work_status();

    @Message("Tình trạng thời hạn")
    String task_filter_deadline_status();

    @Message("Mọi cơ quan")
    String task_filter_any_body();

    @Message("Sắp xếp theo")
    String task_filter_sort();

    @Message("Mỗi trang")
    String task_filter_size();

    @Message("Thời hạn")
    String task_sort_DEADLINE();

    @Message("Văn bản (mới nhập trước)")
    String task_sort_DIRECTIVE();

    @Message("Tình trạng (chưa thực hiện trước)")
    String task_sort_STATUS();

    @Message("Vai trò không hợp lệ. Hãy chọn trong danh sách.")
    String task_filter_error_role();

    @Message("Chọn một cơ quan để lọc theo vai trò chủ trì hoặc phối hợp.")
    String task_filter_error_role_body();

    @Message("Cách sắp xếp không hợp lệ. Hãy chọn trong danh sách.")
    String task_filter_error_sort();

    @Message("Chưa lọc được")
    String task_list_invalid_title();

    @Message("Hãy sửa điều kiện lọc được đánh dấu ở trên; danh sách sẽ hiện khi điều kiện hợp lệ.")
    String task_list_invalid_text();

    @Message("Ngày nhập theo dạng ngày/tháng/năm, ví dụ 30/09/2024.")
    String task_filter_date_hint();

    @Message("Phần việc của {body}")
    String task_detail_mine(String body);

    @Message("{count} cơ quan khác")
    String task_detail_others(int count);

    @Message("Chưa cập nhật (được giao khi nhập văn bản ngày {day})")
    String task_detail_owner_untouched(String day);

    @Message("Quay lại trang vừa xem")
    String error_back_record();

    @Message("{count} chưa chuyển")
    String bodies_list_not_moved(long count);

    @Message("Chuyển sang cơ quan kế tục")
    String bodies_list_move();
}
