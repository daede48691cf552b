package vn.dondoc.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of daily use (reminders, calendar feeds, bodies over time, notes, saved views, bulk update), in
 * Vietnamese (the default); English in {@code messages/daily_en.properties}. Templates use them as
 * {@code {daily:key}}. Each feature has its own bundle: Qute allows at most 300 messages in one.
 */
@MessageBundle(value = "daily", locale = "vi")
public interface DailyMessages {
    @Message("[Đôn đốc] {counts} — {body}")
    String reminder_mail_subject(String counts, String body);

    @Message("{count} nhiệm vụ sắp đến hạn")
    String reminder_mail_due(int count);

    @Message("{count} nhiệm vụ quá hạn")
    String reminder_mail_overdue(int count);

    @Message("Kính gửi cán bộ {body},")
    String reminder_mail_greeting(String body);

    @Message("Hệ thống Đôn đốc xin thông báo các nhiệm vụ của cơ quan đã quá hạn hoặc đến hạn trong {days} ngày tới.")
    String reminder_mail_intro(int days);

    @Message("QUÁ HẠN ({count})")
    String reminder_mail_overdue_heading(int count);

    @Message("SẮP ĐẾN HẠN ({count})")
    String reminder_mail_due_heading(int count);

    @Message("Hạn")
    String reminder_mail_deadline();

    @Message("Văn bản")
    String reminder_mail_directive();

    @Message("quá hạn {days} ngày")
    String reminder_mail_days_late(long days);

    @Message("còn {days} ngày")
    String reminder_mail_days_left(long days);

    @Message("đến hạn hôm nay")
    String reminder_mail_due_today();

    @Message("chủ trì")
    String daily_role_LEAD();

    @Message("phối hợp")
    String daily_role_SUPPORT();

    @Message("Thư gửi tự động hằng ngày. Cập nhật tiến độ tại {url}")
    String reminder_mail_footer(String url);

    @Message("Hạn nhiệm vụ — {body}")
    String calendar_name(String body);

    @Message("Văn bản: {directive}\nVai trò: {role}")
    String calendar_description(String directive, String role);

    @Message("Danh mục cơ quan")
    String bodies_admin_list_title();

    @Message("Tên gọi, tên viết tắt và lĩnh vực phụ trách dùng để nhận diện cơ quan khi nhập văn bản. Khi cơ quan được sáp nhập, các nhiệm vụ chưa hoàn thành chuyển sang cơ quan tiếp nhận.")
    String bodies_admin_list_lead();

    @Message("{count} cơ quan")
    String bodies_admin_list_caption(int count);

    @Message("Thời gian hoạt động")
    String bodies_admin_list_validity();

    @Message("Từ {day}")
    String bodies_admin_list_from(String day);

    @Message("Đến {day}")
    String bodies_admin_list_until(String day);

    @Message("Thêm cơ quan")
    String bodies_admin_new_title();

    @Message("Thêm cơ quan")
    String bodies_admin_new_submit();

    @Message("Sửa cơ quan {code}")
    String bodies_admin_edit_title(String code);

    @Message("Cơ quan đã sáp nhập vào {successor} từ ngày {day}.")
    String bodies_admin_merged_into(String day, String successor);

    @Message("Mã cơ quan")
    String bodies_admin_field_code();

    @Message("Chữ in hoa, chữ số hoặc dấu gạch dưới, ví dụ BTCTW. Không đổi được sau khi tạo.")
    String bodies_admin_field_code_hint();

    @Message("Tên cơ quan")
    String bodies_admin_field_name();

    @Message("Tên tiếng Anh")
    String bodies_admin_field_name_en();

    @Message("Loại cơ quan")
    String bodies_admin_field_kind();

    @Message("Tên gọi khác")
    String bodies_admin_field_aliases();

    @Message("Các cách viết khác và tên viết tắt trong văn bản, phân cách bằng dấu chấm phẩy (;).")
    String bodies_admin_field_aliases_hint();

    @Message("Lĩnh vực phụ trách")
    String bodies_admin_field_areas();

    @Message("Các lĩnh vực theo cách văn bản thường viết, phân cách bằng dấu phẩy (,).")
    String bodies_admin_field_areas_hint();

    @Message("Hoạt động từ ngày")
    String bodies_admin_field_valid_from();

    @Message("Ngừng hoạt động từ ngày")
    String bodies_admin_field_valid_until();

    @Message("Để trống nếu cơ quan đang hoạt động. Khi sáp nhập, hãy dùng chức năng Ghi nhận sáp nhập.")
    String bodies_admin_field_valid_until_hint();

    @Message("Lịch sử thay đổi")
    String bodies_admin_history_title();

    @Message("Chưa có thay đổi nào.")
    String bodies_admin_history_none();

    @Message("Ghi nhận việc cơ quan này được sáp nhập vào cơ quan khác: các nhiệm vụ chưa hoàn thành sẽ chuyển sang cơ quan tiếp nhận.")
    String bodies_admin_merge_lead();

    @Message("Đã thêm cơ quan.")
    String bodies_admin_flash_created();

    @Message("Nhập mã cơ quan")
    String bodies_admin_error_code_missing();

    @Message("Mã cơ quan chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, từ 2 đến 40 ký tự")
    String bodies_admin_error_code_format();

    @Message("Mã cơ quan này đã có")
    String bodies_admin_error_code_taken();

    @Message("Nhập tên cơ quan")
    String bodies_admin_error_name_missing();

    @Message("Nội dung quá dài")
    String bodies_admin_error_too_long();

    @Message("Chọn loại cơ quan")
    String bodies_admin_error_kind();

    @Message("Ngày không có thật hoặc sai dạng: hãy nhập ngày/tháng/năm, ví dụ 01/02/2025")
    String bodies_admin_error_date();

    @Message("Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động")
    String bodies_admin_error_dates();

    @Message("Người khác vừa sửa cơ quan này. Biểu mẫu đã được nạp lại nội dung bạn nhập; hãy kiểm tra rồi lưu lại.")
    String bodies_admin_error_changed_meanwhile();

    @Message("Ban Đảng Trung ương")
    String bodies_kind_party_board();

    @Message("Văn phòng")
    String bodies_kind_office();

    @Message("Đảng ủy")
    String bodies_kind_party_committee();

    @Message("Mặt trận, đoàn thể")
    String bodies_kind_mass_organisation();

    @Message("Bộ, ngành")
    String bodies_kind_ministry();

    @Message("Cơ quan báo chí, thông tấn")
    String bodies_kind_agency();

    @Message("Địa phương")
    String bodies_kind_province_group();

    @Message("Khác")
    String bodies_kind_other();

    @Message("Ghi nhận sáp nhập")
    String bodies_merge_title();

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

    @Message("Thêm ghi chú tiến độ")
    String notes_add_title();

    @Message("Quay lại nhiệm vụ")
    String notes_back_to_task();

    @Message("Nội dung ghi chú")
    String notes_kind();

    @Message("Kết quả thực hiện")
    String notes_kind_PROGRESS();

    @Message("Khó khăn, vướng mắc")
    String notes_kind_OBSTACLE();

    @Message("Ghi chú")
    String notes_text();

    @Message("Thêm ghi chú")
    String notes_submit();

    @Message("Chưa có ghi chú tiến độ.")
    String notes_none();

    @Message("Đã thêm ghi chú.")
    String notes_flash_added();

    @Message("Nhập nội dung ghi chú")
    String notes_error_missing();

    @Message("Ghi chú dài quá 2.000 ký tự")
    String notes_error_long();

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

    @Message("để cập nhật phân công của {body}")
    String bulk_pick(String body);

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
}
