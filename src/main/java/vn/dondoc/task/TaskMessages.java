package vn.dondoc.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of tasks: the list, a task's page, status and progress words, results, notes, a body's tasks and
 * calendar, saved views, bulk updates. Vietnamese (the default) here, English in {@code
 * messages/task_en.properties}; templates use them as {@code {task:key}}.
 */
@MessageBundle(value = "task", locale = "vi")
public interface TaskMessages {

    // == daily use ==

    @Message("Hạn nhiệm vụ — {body}")
    String calendar_name(String body);

    @Message("Văn bản: {directive}\nVai trò: {role}")
    String calendar_description(String directive, String role);

    @Message("Sáp nhập {body}")
    String bodies_merge_heading(String body);

    @Message("Cơ quan này có {count} phân công chưa hoàn thành. Các phân công đó sẽ chuyển sang cơ quan tiếp nhận, mỗi lần chuyển được ghi vào lịch sử; nhiệm vụ đã hoàn thành giữ nguyên. Nếu cơ quan tiếp nhận đã được giao cùng nhiệm vụ, hai phân công được gộp làm một (giữ vai trò chủ trì nếu một trong hai chủ trì).")
    String bodies_merge_explain(long count);

    @Message("Cơ quan tiếp nhận")
    String bodies_merge_successor();

    @Message("— Chọn cơ quan —")
    String bodies_merge_successor_choose();

    @Message("Ngày sáp nhập")
    String bodies_merge_date();

    @Message("Ngày cơ quan này ngừng hoạt động theo quyết định sáp nhập, dạng ngày/tháng/năm, ví dụ 01/02/2025.")
    String bodies_merge_date_hint();

    @Message("Ghi nhận sáp nhập")
    String bodies_merge_submit();

    @Message("Đã ghi nhận sáp nhập: chuyển {moved} phân công chưa hoàn thành sang cơ quan tiếp nhận, gộp {combined} phân công vào phân công cùng nhiệm vụ mà cơ quan tiếp nhận đã có.")
    String bodies_merge_flash_done(long moved, long combined);

    @Message("Cơ quan này đã được ghi nhận sáp nhập")
    String bodies_merge_error_already();

    @Message("Chọn cơ quan tiếp nhận")
    String bodies_merge_error_successor();

    @Message("Cơ quan tiếp nhận phải là một cơ quan khác, đang hoạt động")
    String bodies_merge_error_successor_invalid();

    @Message("Nhập ngày sáp nhập")
    String bodies_merge_error_date();

    @Message("Ngày sáp nhập phải sau ngày cơ quan bắt đầu hoạt động")
    String bodies_merge_error_date_before_start();

    @Message("Chuyển từ {old} sang {successor} do sáp nhập")
    String merge_history_note(String old, String successor);

    @Message("{note}; gộp với phân công đã có")
    String merge_history_note_combined(String note);

    @Message("Ghi chú tiến độ")
    String notes_title();

    @Message("Kết quả thực hiện")
    String notes_kind_PROGRESS();

    @Message("Khó khăn, vướng mắc")
    String notes_kind_OBSTACLE();

    @Message("Chưa có ghi chú tiến độ.")
    String notes_none();

    @Message("Bộ lọc đã lưu")
    String views_title();

    @Message("Mỗi bộ lọc đã lưu là một đường dẫn đến danh sách nhiệm vụ với các điều kiện lọc đã chọn; có thể đánh dấu hoặc gửi cho đồng nghiệp.")
    String views_lead();

    @Message("Tên bộ lọc")
    String views_name();

    @Message("Ví dụ: Quá hạn — Ban Tổ chức")
    String views_name_hint();

    @Message("Lưu bộ lọc")
    String views_save();

    @Message("Lưu bộ lọc này")
    String views_save_title();

    @Message("Xóa")
    String views_delete();

    @Message("Bạn chưa lưu bộ lọc nào. Chọn điều kiện lọc trên danh sách nhiệm vụ rồi bấm Lưu bộ lọc.")
    String views_none();

    @Message("Đến danh sách nhiệm vụ")
    String views_to_list();

    @Message("Quản lý bộ lọc")
    String views_manage();

    @Message("Đã lưu bộ lọc.")
    String views_flash_saved();

    @Message("Đã xóa bộ lọc.")
    String views_flash_deleted();

    @Message("Nhập tên bộ lọc")
    String views_error_name_missing();

    @Message("Tên bộ lọc dài quá 100 ký tự")
    String views_error_name_long();

    @Message("Bạn đã có bộ lọc mang tên này")
    String views_error_name_taken();

    @Message("Cập nhật nhiều nhiệm vụ")
    String bulk_title();

    @Message("Đánh dấu các nhiệm vụ trong bảng dưới đây (hoặc chọn tất cả), chọn trạng thái mới rồi bấm Cập nhật. Mỗi thay đổi được ghi vào lịch sử.")
    String bulk_hint();

    @Message("Chọn")
    String bulk_pick_short();

    @Message("Trạng thái mới")
    String bulk_status();

    @Message("— Chọn trạng thái —")
    String bulk_status_choose();

    @Message("Ghi chú (không bắt buộc)")
    String bulk_note();

    @Message("Cập nhật các phân công đã chọn")
    String bulk_submit();

    @Message("Đã cập nhật {count} phân công.")
    String bulk_flash_saved(long count);

    @Message("Đã cập nhật {saved} phân công. {skipped} phân công được bỏ qua vì không thuộc cơ quan của bạn hoặc vừa được người khác thay đổi; hãy xem lại.")
    String bulk_flash_partial(long saved, long skipped);

    @Message("Không phân công nào được cập nhật: {count} phân công đã chọn không thuộc cơ quan của bạn hoặc vừa được người khác thay đổi.")
    String bulk_flash_none_saved(long count);

    @Message("Chưa chọn phân công nào.")
    String bulk_flash_none();

    @Message("Chọn trạng thái mới cho các phân công đã chọn.")
    String bulk_flash_no_status();

    @Message("Cần chú ý")
    String due_title();

    @Message("Quá hạn ({count})")
    String due_overdue(int count);

    @Message("Xem các nhiệm vụ quá hạn trong danh sách")
    String due_overdue_all();

    @Message("Không có nhiệm vụ quá hạn.")
    String due_overdue_none();

    @Message("Đến hạn trong {days} ngày tới ({count})")
    String due_soon(int count, int days);

    @Message("Xem các nhiệm vụ sắp đến hạn trong danh sách")
    String due_soon_all();

    @Message("Không có nhiệm vụ đến hạn trong {days} ngày tới.")
    String due_soon_none(int days);

    @Message("Lịch hạn nhiệm vụ (iCalendar)")
    String calendar_link();

    @Message("thêm đường dẫn này vào Outlook, Thunderbird hoặc điện thoại; đăng nhập bằng tài khoản Đôn đốc.")
    String calendar_hint();

    @Message("Chọn tất cả {count} phân công trên trang này")
    String bulk_everything(int count);

    @Message("Để cập nhật nhiều phân công cùng lúc, hãy chọn một cơ quan trong bộ lọc.")
    String bulk_needs_body();

    @Message("Tên bộ lọc")
    String views_name_label();

    @Message("Gồm ghi chú thêm riêng (kết quả, khó khăn) và ghi chú viết kèm khi cập nhật trạng thái.")
    String notes_explain();

    @Message("Kèm cập nhật")
    String notes_kind_STATUS();

    @Message("Cơ quan này đã được ghi nhận sáp nhập vào cơ quan khác; chỉ có thể chuyển việc còn lại sang cơ quan đó")
    String bodies_merge_error_other_successor();

    @Message("Cơ quan này đã được ghi nhận sáp nhập vào {successor} nhưng còn {count} phân công chưa hoàn thành ở lại: {moved} sẽ chuyển sang {successor}, {combined} sẽ gộp vào phân công cùng nhiệm vụ mà {successor} đã có.")
    String bodies_merge_remaining(String successor, long count, int moved, int combined);

    @Message("Chuyển việc còn lại")
    String bodies_merge_remaining_submit();

    // == follow-up ==

    @Message("hạn ban đầu {day}")
    String deadline_original(String day);

    @Message("từ {from} đến {to}")
    String deadline_list_change(String from, String to);

    @Message("đề nghị điều chỉnh thời hạn từ {from} đến {to}")
    String deadline_history_requested(String from, String to);

    @Message("đồng ý điều chỉnh thời hạn đến {to}")
    String deadline_history_approved(String to);

    @Message("không đồng ý điều chỉnh thời hạn đến {to}")
    String deadline_history_refused(String to);

    @Message("Đề nghị điều chỉnh thời hạn chờ xử lý ({count})")
    String deadline_start_title(long count);

    @Message("Xem và xử lý các đề nghị")
    String deadline_start_decide();

    @Message("Xem các đề nghị")
    String deadline_start_all();

    @Message("đã đôn đốc lần {ordinal}, ngày {day}")
    String letter_history(int ordinal, String day);

    // == results ==

    @Message("Đã gửi báo cáo hoàn thành; chờ văn thư xác nhận.")
    String result_flash_reported();

    @Message("Đã ghi kết quả; nhiệm vụ đã hoàn thành.")
    String result_flash_done();

    @Message("Đã xác nhận hoàn thành.")
    String result_flash_confirmed();

    @Message("Đã trả lại báo cáo; nhiệm vụ trở lại đang thực hiện.")
    String result_flash_returned();

    @Message("Lý do trả lại")
    String result_return_reason();

    @Message("Chờ xác nhận hoàn thành")
    String result_panel_title();

    @Message("{count} báo cáo hoàn thành đang chờ xác nhận.")
    String result_panel_count(long count);

    @Message("{count} nhiệm vụ của cơ quan đã báo cáo hoàn thành, đang chờ văn thư xác nhận.")
    String result_panel_own(long count);

    @Message("Không có báo cáo nào chờ xác nhận.")
    String result_panel_none();

    @Message("Xem danh sách chờ xác nhận")
    String result_panel_link();

    @Message("Khi báo hoàn thành nhiều nhiệm vụ một lúc, ô ghi chú là kết quả đã thực hiện: hãy ghi vào đó. Chưa cập nhật nhiệm vụ nào.")
    String bulk_flash_result_needed();

    @Message("Nhiệm vụ này không có báo cáo nào đang chờ xác nhận (có thể đã được xác nhận hoặc trả lại).")
    String task_status_error_not_reported();

    /** The name of a follow-up step in the history, from the {@code result_history_*} messages. */
    @Message("{#when kind}{#is REPORT}{task:result_history_REPORT}{#is CONFIRM}{task:result_history_CONFIRM}{#is RETURN}{task:result_history_RETURN}{/when}")
    String result_history(StatusChange.Kind kind);

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

    @Message("Thời hạn từ ngày")
    String task_filter_from();

    @Message("Đến ngày")
    String task_filter_to();

    @Message("Văn bản")
    String task_filter_directive();

    @Message("Văn bản cũ hơn: mở văn bản trong danh sách văn bản")
    String task_filter_directive_more();

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

    @Message("Tải danh sách (CSV)")
    String report_export_tasks_csv();

    @Message("Tải danh sách (Excel)")
    String report_export_tasks_xlsx();

    // == daily use ==

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

    /** The name of an order of the task list, from the {@code task_sort_*} messages (no English entry of its own). */
    @Message("{#when sort}{#is DEADLINE}{task:task_sort_DEADLINE}{#is DIRECTIVE}{task:task_sort_DIRECTIVE}"
            + "{#is STATUS}{task:task_sort_STATUS}{/when}")
    String task_sort(TaskFilter.Sort sort);

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

    @Message("{count} chưa chuyển")
    String bodies_list_not_moved(long count);

    @Message("Chuyển sang cơ quan kế tục")
    String bodies_list_move();

    // == corrections ==

    @Message("Sửa nhiệm vụ")
    String task_edit_link();

    @Message("{actor} đã lưu thay đổi lúc {at}, sau khi bạn mở trang này. Biểu mẫu dưới đây vẫn giữ những gì bạn nhập; hãy xem lại rồi lưu lần nữa nếu vẫn muốn thay đổi.")
    String task_edit_stale_text(String actor, String at);

    @Message("Xóa nhiệm vụ này")
    String task_edit_remove_link();

    @Message("Nhiệm vụ đã bị xóa")
    String task_removed_title();

    @Message("{actor} đã xóa nhiệm vụ này lúc {at}; nhiệm vụ không còn trong danh sách và báo cáo.")
    String task_removed_text(String actor, String at);

    @Message("Lý do: {reason}")
    String task_removed_reason(String reason);

    @Message("Khôi phục nhiệm vụ")
    String task_restore_submit();

    @Message("Văn bản đã được thu hồi")
    String directive_withdrawn_title();

    @Message("{actor} đã thu hồi văn bản lúc {at}; các nhiệm vụ của văn bản không còn trong danh sách và báo cáo.")
    String directive_withdrawn_text(String actor, String at);

    @Message("Xem văn bản")
    String directive_withdrawn_see();

    @Message("Thêm {name}")
    String task_history_owner_added(String name);

    @Message("Bỏ {name}")
    String task_history_owner_removed(String name);

    @Message("Đổi vai trò của {name}")
    String task_history_owner_role(String name);

    // == importer ==

    @Message("suy luận")
    String import_preview_inferred();

    @Message("Văn bản đã nhập")
    String directive_list_title();

    @Message("Ngày văn bản")
    String directive_show_date();

    @Message("Hoàn thành")
    String directive_show_done();

    @Message("TT")
    String directive_col_number();

    @Message("Cơ quan")
    String directive_col_owners();

    @Message("Số, ký hiệu")
    String directive_show_number();

    // == results ==

    @Message("Báo cáo hoàn thành")
    String result_history_REPORT();

    @Message("Xác nhận hoàn thành")
    String result_history_CONFIRM();

    @Message("Trả lại báo cáo")
    String result_history_RETURN();

    // == reports ==

    @Message("Báo cáo tiến độ thực hiện nhiệm vụ")
    String report_progress_title();
}
