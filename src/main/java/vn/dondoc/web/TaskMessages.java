package vn.dondoc.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the task list, task page, bodies and start page, in Vietnamese (the default); English in
 * {@code messages/tasks_en.properties}. Templates use them as {@code {tasks:key}}.
 *
 * <p>A bundle of its own because Quarkus 3.33 generates broken code for a bundle of more than about 300
 * messages (the generated resolver passes the wrong argument from one chunk of 300 to the next).
 */
@MessageBundle(value = "tasks", locale = "vi")
public interface TaskMessages {

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

    @Message("Trong hạn")
    String progress_WITHIN_DEADLINE();

    @Message("Quá hạn")
    String progress_OVERDUE();

    @Message("Hoàn thành đúng hạn")
    String progress_DONE_ON_TIME();

    @Message("Hoàn thành quá hạn")
    String progress_DONE_LATE();

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

    @Message("Ghi chú (không bắt buộc)")
    String task_status_note();

    @Message("Kết quả, vướng mắc hoặc văn bản báo cáo; tối đa 2.000 ký tự.")
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

    /** The word for the value, from the {@code status_*} messages (no English entry of its own). */
    @Message("{#when status}{#is NOT_STARTED}{tasks:status_NOT_STARTED}{#is IN_PROGRESS}{tasks:status_IN_PROGRESS}{#is DONE}{tasks:status_DONE}{/when}")
    String status(vn.dondoc.task.Status status);

    /** The word for the value, from the {@code progress_*} messages (no English entry of its own). */
    @Message("{#when progress}{#is WITHIN_DEADLINE}{tasks:progress_WITHIN_DEADLINE}{#is OVERDUE}{tasks:progress_OVERDUE}{#is DONE_ON_TIME}{tasks:progress_DONE_ON_TIME}{#is DONE_LATE}{tasks:progress_DONE_LATE}{/when}")
    String progress(vn.dondoc.task.Progress progress);

    /** The word for the value, from the {@code task_role_*} messages (no English entry of its own). */
    @Message("{#when role}{#is LEAD}{tasks:task_role_LEAD}{#is SUPPORT}{tasks:task_role_SUPPORT}{/when}")
    String task_role(vn.dondoc.task.Role role);

    /** The word for the value, from the {@code deadline_kind_*} messages (no English entry of its own). */
    @Message("{#when deadlineKind}{#is DATE}{tasks:deadline_kind_DATE}{#is RECURRING}{tasks:deadline_kind_RECURRING}{#is ONGOING}{tasks:deadline_kind_ONGOING}{#is URGENT}{tasks:deadline_kind_URGENT}{#is NONE}{tasks:deadline_kind_NONE}{/when}")
    String deadline_kind(vn.dondoc.task.DeadlineKind deadlineKind);

    // == bodies ==
    @Message("Cơ quan thực hiện")
    String bodies_list_title();

    @Message("Các cơ quan hiện được giao nhiệm vụ, với số việc chưa hoàn thành và quá hạn.")
    String bodies_list_lead();

    @Message("Cơ quan")
    String bodies_list_body();

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
}
