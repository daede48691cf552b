package vn.dondoc.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of corrections after import (a task's words, deadline and owners; removing and restoring a task;
 * a directive's details, withdrawing and restoring it), in Vietnamese (the default); English in
 * {@code messages/edit_en.properties}. Templates use them as {@code {edit:key}}.
 */
@MessageBundle(value = "edit", locale = "vi")
public interface EditMessages {

    @Message("Sửa nhiệm vụ {position}")
    String task_edit_title(int position);

    @Message("Quay lại nhiệm vụ")
    String task_edit_back();

    @Message("Sửa nhiệm vụ")
    String task_edit_link();

    @Message("Nhiệm vụ vừa được người khác sửa")
    String task_edit_stale_title();

    @Message("{actor} đã lưu thay đổi lúc {at}, sau khi bạn mở trang này. Biểu mẫu dưới đây vẫn giữ những gì bạn nhập; hãy xem lại rồi lưu lần nữa nếu vẫn muốn thay đổi.")
    String task_edit_stale_text(String actor, String at);


    @Message("Nội dung nhiệm vụ")
    String task_edit_text();

    @Message("Mục")
    String task_edit_section();

    @Message("Tiêu đề phần của văn bản có nhiệm vụ này, có thể để trống.")
    String task_edit_section_hint();

    @Message("Loại thời hạn")
    String task_edit_deadline_kind();

    @Message("— một ngày cụ thể")
    String task_edit_kind_hint_DATE();

    @Message("— lặp lại (ví dụ trước ngày 20 hằng tháng); nhập ngày đến hạn gần nhất")
    String task_edit_kind_hint_RECURRING();

    @Message("— làm thường xuyên, không có ngày kết thúc")
    String task_edit_kind_hint_ONGOING();

    @Message("— khẩn trương, không có ngày")
    String task_edit_kind_hint_URGENT();

    @Message("— văn bản không nêu thời hạn")
    String task_edit_kind_hint_NONE();

    @Message("Ngày đến hạn")
    String task_edit_deadline();

    @Message("Ngày/tháng/năm, ví dụ 30/09/2024. Chỉ với hạn có ngày cụ thể hoặc định kỳ; để trống với các loại khác.")
    String task_edit_deadline_hint();

    @Message("Văn bản ghi: “{words}”. Nếu đổi thời hạn, dòng này không còn được hiển thị.")
    String task_edit_deadline_words(String words);

    @Message("Chu kỳ")
    String task_edit_recurrence();

    @Message("Chỉ với hạn định kỳ, ví dụ: hằng tháng, hằng quý.")
    String task_edit_recurrence_hint();

    @Message("Cơ quan chủ trì, phối hợp")
    String task_edit_owners();

    @Message("Bỏ chọn một cơ quan là xóa phân công của cơ quan đó cùng lịch sử cập nhật; nhật ký hệ thống vẫn giữ lại.")
    String task_edit_owners_hint();

    @Message("Lưu thay đổi")
    String task_edit_submit();

    @Message("Xóa nhiệm vụ này")
    String task_edit_remove_link();

    @Message("Đã lưu thay đổi của nhiệm vụ.")
    String task_edit_flash_saved();

    @Message("Đã xóa nhiệm vụ. Có thể khôi phục ở cuối trang văn bản.")
    String task_edit_flash_removed();

    @Message("Nhiệm vụ này đã được xóa trước đó.")
    String task_edit_flash_removed_before();

    @Message("Đã khôi phục nhiệm vụ.")
    String task_edit_flash_restored();

    @Message("Không khôi phục được: nhiệm vụ đã thay đổi trong lúc đó. Hãy xem lại rồi thử lần nữa.")
    String task_edit_flash_restore_stale();

    @Message("Nhập nội dung nhiệm vụ")
    String task_edit_error_text_missing();

    @Message("Nội dung nhiệm vụ dài quá 10.000 ký tự")
    String task_edit_error_text_long();

    @Message("Tên mục dài quá 1.000 ký tự")
    String task_edit_error_section_long();

    @Message("Chọn loại thời hạn")
    String task_edit_error_kind();

    @Message("Ngày không có thật hoặc sai dạng: hãy nhập ngày/tháng/năm, ví dụ 30/09/2024")
    String task_edit_error_date();

    @Message("Nhập ngày đến hạn, hoặc chọn loại thời hạn không có ngày")
    String task_edit_error_deadline_missing();

    @Message("Loại thời hạn đã chọn không có ngày: xóa ngày hoặc chọn \"Có ngày cụ thể\"")
    String task_edit_error_deadline_undated();

    @Message("Chu kỳ dài quá 100 ký tự")
    String task_edit_error_recurrence_long();

    @Message("Cơ quan được chọn không có trong danh sách")
    String task_edit_error_owner_unknown();

    @Message("Mỗi cơ quan cần một vai trò: chủ trì hoặc phối hợp")
    String task_edit_error_owner_role();

    @Message("Một cơ quan được chọn hai lần")
    String task_edit_error_owner_twice();

    @Message("Một cơ quan chỉ giữ một vai trò: bỏ dấu \"chủ trì\" hoặc \"phối hợp\"")
    String task_edit_error_owner_two_roles();

    @Message("Lý do dài quá 1.000 ký tự")
    String task_edit_error_reason_long();

    @Message("Xóa nhiệm vụ {position}")
    String task_remove_title(int position);

    @Message("Nhiệm vụ sẽ không còn trong danh sách, báo cáo và nhắc việc. Nhiệm vụ cùng các cập nhật vẫn được giữ lại và có thể khôi phục từ trang văn bản.")
    String task_remove_explain();

    @Message("Lý do (không bắt buộc)")
    String task_remove_reason();

    @Message("Ví dụ: đọc nhầm một câu không phải nhiệm vụ.")
    String task_remove_reason_hint();

    @Message("Xóa nhiệm vụ")
    String task_remove_submit();

    @Message("Nếu vẫn muốn xóa, hãy bấm xóa lần nữa.")
    String task_remove_stale_again();

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

    @Message("Sửa thông tin văn bản")
    String directive_edit_title();

    @Message("Sửa thông tin văn bản")
    String directive_edit_link();

    @Message("Quay lại văn bản")
    String directive_edit_back();

    @Message("Văn bản vừa được người khác thay đổi")
    String directive_edit_stale_title();

    @Message("Như văn bản ghi, ví dụ 13/CT-TTg hoặc 155-KL/TW.")
    String directive_edit_number_hint();

    @Message("— Không rõ —")
    String directive_edit_kind_none();

    @Message("Trích yếu")
    String directive_edit_title_field();

    @Message("Viết hoa chữ đầu câu, ví dụ: Về tăng cường công tác quản lý tín chỉ các-bon.")
    String directive_edit_title_hint();

    @Message("Đã lưu thông tin văn bản.")
    String directive_edit_flash_saved();

    @Message("Số, ký hiệu dài quá 100 ký tự")
    String directive_edit_error_number_long();

    @Message("Chọn loại văn bản trong danh sách")
    String directive_edit_error_kind();

    @Message("Nhập trích yếu của văn bản")
    String directive_edit_error_title_missing();

    @Message("Trích yếu dài quá 1.000 ký tự")
    String directive_edit_error_title_long();

    @Message("Ngày không có thật hoặc sai dạng: hãy nhập ngày/tháng/năm, ví dụ 02/05/2024")
    String directive_edit_error_date();

    @Message("Cơ quan ban hành dài quá 500 ký tự")
    String directive_edit_error_issuer_long();

    @Message("Thu hồi văn bản")
    String directive_withdraw_title();

    @Message("Thu hồi văn bản")
    String directive_withdraw_link();

    @Message("{count} nhiệm vụ của văn bản sẽ không còn trong danh sách, báo cáo và nhắc việc. Văn bản, nhiệm vụ và lịch sử vẫn được giữ lại; có thể khôi phục văn bản, hoặc nhập lại văn bản này sau khi sửa.")
    String directive_withdraw_explain(long count);

    @Message("Lý do thu hồi")
    String directive_withdraw_reason();

    @Message("Ví dụ: nhập nhầm văn bản, hoặc nhập lại để sửa các nhiệm vụ.")
    String directive_withdraw_reason_hint();

    @Message("Thu hồi văn bản")
    String directive_withdraw_submit();

    @Message("Đã thu hồi văn bản.")
    String directive_withdraw_flash_done();

    @Message("Văn bản này đã được thu hồi trước đó.")
    String directive_withdraw_flash_before();

    @Message("Nhập lý do thu hồi")
    String directive_withdraw_error_reason_missing();

    @Message("Lý do dài quá 1.000 ký tự")
    String directive_withdraw_error_reason_long();

    @Message("Lý do: {reason}")
    String directive_withdrawn_reason(String reason);

    @Message("Khôi phục văn bản")
    String directive_restore_submit();

    @Message("Đã khôi phục văn bản; các nhiệm vụ của văn bản trở lại danh sách và báo cáo.")
    String directive_restore_flash_done();

    @Message("Không khôi phục được: văn bản đã thay đổi trong lúc đó. Hãy xem lại rồi thử lần nữa.")
    String directive_restore_flash_stale();

    @Message("Không khôi phục được: văn bản này đã được nhập lại và bản nhập lại đang có hiệu lực. Hãy thu hồi bản đó trước.")
    String directive_restore_error_copy();

    @Message("Nhiệm vụ đã xóa ({count})")
    String directive_removed_title(int count);

    @Message("{actor}, {at}")
    String directive_removed_by(String actor, String at);

    @Message("Văn bản đã thu hồi ({count})")
    String directive_list_withdrawn(int count);

    @Message("Thu hồi: {actor}, {at}")
    String directive_list_withdrawn_by(String actor, String at);

    @Message("Giá trị phải là chuỗi ký tự")
    String task_edit_error_not_text();

    @Message("sửa nhiệm vụ")
    String task_history_update();

    @Message("xóa nhiệm vụ")
    String task_history_remove();

    @Message("khôi phục nhiệm vụ")
    String task_history_restore();

    @Message("Thêm {name}")
    String task_history_owner_added(String name);

    @Message("Bỏ {name}")
    String task_history_owner_removed(String name);

    @Message("Đổi vai trò của {name}")
    String task_history_owner_role(String name);

    @Message("Nội dung")
    String task_field_text();

    @Message("Mục")
    String task_field_section();

    @Message("Ngày đến hạn")
    String task_field_deadline();

    @Message("Loại thời hạn")
    String task_field_deadlineKind();

    @Message("Thời hạn theo văn bản")
    String task_field_deadlineText();

    @Message("Chu kỳ")
    String task_field_recurrence();

    @Message("Đã xóa")
    String task_field_removed();
}
