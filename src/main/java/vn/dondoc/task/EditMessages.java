package vn.dondoc.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of what changes a task after its import: a directive's pages and corrections (editing, withdrawing,
 * removing tasks), an owner's results, evidence and notes, deadline requests. Vietnamese (the default) here,
 * English in {@code messages/edit_en.properties}; templates use them as {@code {edit:key}}.
 */
@MessageBundle(value = "edit", locale = "vi")
public interface EditMessages {

    // == corrections ==

    @Message("Sửa nhiệm vụ {position}")
    String task_edit_title(int position);

    @Message("Quay lại nhiệm vụ")
    String task_edit_back();

    @Message("Nhiệm vụ vừa được người khác sửa")
    String task_edit_stale_title();

    @Message("Nội dung nhiệm vụ")
    String task_edit_text();

    @Message("Mục")
    String task_edit_section();

    @Message("Tiêu đề phần của văn bản có nhiệm vụ này, có thể để trống.")
    String task_edit_section_hint();

    @Message("Loại thời hạn")
    String task_edit_deadline_kind();

    /** The hint beside a kind of deadline, from the {@code task_edit_kind_hint_*} messages (no English entry of its own). */
    @Message("{#when deadlineKind}{#is DATE}{edit:task_edit_kind_hint_DATE}"
            + "{#is RECURRING}{edit:task_edit_kind_hint_RECURRING}"
            + "{#is ONGOING}{edit:task_edit_kind_hint_ONGOING}"
            + "{#is URGENT}{edit:task_edit_kind_hint_URGENT}{#is NONE}{edit:task_edit_kind_hint_NONE}{/when}")
    String task_edit_kind_hint(DeadlineKind deadlineKind);

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

    // == daily use ==

    @Message("Thêm ghi chú tiến độ")
    String notes_add_title();

    @Message("Quay lại nhiệm vụ")
    String notes_back_to_task();

    @Message("Nội dung ghi chú")
    String notes_kind();

    @Message("Ghi chú")
    String notes_text();

    @Message("Thêm ghi chú")
    String notes_submit();

    @Message("Đã thêm ghi chú.")
    String notes_flash_added();

    @Message("Nhập nội dung ghi chú")
    String notes_error_missing();

    @Message("Ghi chú dài quá 2.000 ký tự")
    String notes_error_long();

    // == follow-up ==

    @Message("Đề nghị điều chỉnh thời hạn")
    String deadline_request_title();

    @Message("Quay lại nhiệm vụ")
    String deadline_request_back();

    @Message("Thời hạn hiện nay")
    String deadline_request_current();

    @Message("Đã có đề nghị đang chờ xử lý")
    String deadline_request_pending_title();

    @Message("{by} đã đề nghị lúc {at} điều chỉnh thời hạn đến ngày {day}. Mỗi lúc chỉ có một đề nghị chờ xử lý; hãy chờ chuyên viên theo dõi trả lời.")
    String deadline_request_pending_text(String by, String at, String day);

    @Message("Thời hạn đề nghị")
    String deadline_request_new();

    @Message("Ngày/tháng/năm, ví dụ 31/12/2024.")
    String deadline_request_new_hint();

    @Message("Gửi đề nghị")
    String deadline_request_submit();

    @Message("Phân công đã hoàn thành, không cần điều chỉnh thời hạn.")
    String deadline_request_error_done();

    @Message("Nhiệm vụ không có thời hạn cụ thể để điều chỉnh.")
    String deadline_request_error_no_deadline();

    @Message("Nhập thời hạn đề nghị.")
    String deadline_request_error_deadline_missing();

    @Message("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2024.")
    String deadline_request_error_deadline_format();

    @Message("Thời hạn đề nghị không được trước hôm nay.")
    String deadline_request_error_past();

    @Message("Thời hạn đề nghị trùng với thời hạn hiện nay.")
    String deadline_request_error_same();

    @Message("Nêu lý do đề nghị.")
    String deadline_request_error_reason_missing();

    @Message("Lý do dài quá 2.000 ký tự.")
    String deadline_request_error_reason_long();

    @Message("Nêu lý do không đồng ý.")
    String deadline_request_error_refusal_missing();

    @Message("Đề nghị này đã được người khác xử lý trước; danh sách dưới đây là những đề nghị còn chờ.")
    String deadline_request_error_decided();

    @Message("Đã gửi đề nghị điều chỉnh thời hạn.")
    String deadline_request_flash_sent();

    @Message("Đã đồng ý điều chỉnh thời hạn.")
    String deadline_request_flash_approved();

    @Message("Đã không đồng ý đề nghị điều chỉnh thời hạn.")
    String deadline_request_flash_refused();

    @Message("Đề nghị điều chỉnh thời hạn chờ xử lý")
    String deadline_list_title();

    @Message("{count} đề nghị đang chờ xử lý, đề nghị gửi sớm nhất ở trên.")
    String deadline_list_count(long count);

    @Message("Không có đề nghị nào đang chờ.")
    String deadline_list_none();

    @Message("Cơ quan")
    String deadline_list_body();

    @Message("Văn bản giao nhiệm vụ")
    String deadline_list_directive();

    @Message("Thời hạn")
    String deadline_list_deadlines();

    @Message("Người đề nghị")
    String deadline_list_asked();

    @Message("Ý kiến")
    String deadline_decision_reason();

    @Message("Bắt buộc khi không đồng ý; có thể để trống khi đồng ý.")
    String deadline_decision_reason_hint();

    @Message("Đồng ý")
    String deadline_decision_approve();

    @Message("Không đồng ý")
    String deadline_decision_refuse();

    @Message("Thời hạn đã điều chỉnh")
    String deadline_owner_adjusted();

    @Message("Đề nghị điều chỉnh thời hạn")
    String deadline_owner_pending();

    @Message("đến {day}, gửi ngày {at}, đang chờ xử lý")
    String deadline_owner_pending_text(String day, String at);

    @Message("Đề nghị điều chỉnh thời hạn")
    String deadline_owner_request_link();

    // == results ==

    @Message("Kết quả đã báo cáo đang chờ văn thư xác nhận: trạng thái chỉ đổi được sau khi văn thư xác nhận hoặc trả lại.")
    String task_status_error_reported();

    @Message("Khi báo hoàn thành, hãy ghi kết quả đã thực hiện vào ô ghi chú, hoặc dùng mẫu “Báo cáo hoàn thành” để gửi kèm tệp.")
    String task_status_error_result_needed();

    @Message("Hãy ghi kết quả đã thực hiện.")
    String result_error_text_needed();

    @Message("Kết quả dài quá 2.000 ký tự.")
    String result_error_text_long();

    @Message("Số văn bản dài quá 100 ký tự.")
    String result_error_number_long();

    @Message("Ngày văn bản phải là một ngày có thật, viết dd/mm/yyyy (ví dụ 15/07/2024).")
    String result_error_date();

    @Message("Ngày văn bản không thể sau hôm nay.")
    String result_error_date_future();

    @Message("Mỗi lần báo cáo gửi được tối đa 10 tệp.")
    String result_error_files_many();

    @Message("Có tệp lớn hơn 20 MB, không nhận được. Hãy nén hoặc tách tệp rồi chọn lại các tệp.")
    String result_error_file_big();

    @Message("Có tệp không đúng loại như tên của nó. Chỉ nhận PDF, DOCX, XLSX, PNG và JPEG, và nội dung tệp phải đúng loại ghi ở đuôi tên. Hãy chọn lại các tệp.")
    String result_error_file_type();

    @Message("Trình duyệt không giữ lại tệp đã chọn khi mẫu bị trả lại: hãy chọn lại các tệp.")
    String result_error_files_again();

    @Message("Hãy ghi lý do trả lại.")
    String result_error_reason_needed();

    @Message("Đã báo cáo hoàn thành ngày {day}; chờ văn thư xác nhận.")
    String result_waiting(String day);

    @Message("Kết quả đã báo cáo")
    String result_title();

    @Message("Kết quả thực hiện")
    String result_text();

    @Message("Văn bản trả lời")
    String result_answer();

    @Message("ngày {day}")
    String result_answer_dated(String day);

    @Message("Tệp đính kèm")
    String result_files();

    @Message("{count} tệp; chỉ các cơ quan được giao nhiệm vụ, lãnh đạo và văn thư mở được.")
    String result_files_hidden(int count);

    @Message("Báo cáo")
    String result_reported();

    @Message("Xác nhận")
    String result_state_label();

    @Message("Chờ xác nhận")
    String result_state_PENDING();

    @Message("Đã xác nhận")
    String result_state_CONFIRMED();

    @Message("Đã trả lại")
    String result_state_RETURNED();

    @Message("Ghi nhận, không cần xác nhận")
    String result_state_ACCEPTED();

    @Message("Báo cáo hoàn thành")
    String result_form_title();

    @Message("Ghi kết quả và hoàn thành")
    String result_form_title_clerk();

    @Message("Ghi việc đã làm; có thể kèm số, ngày văn bản trả lời và tệp sản phẩm. Văn thư sẽ xác nhận hoặc trả lại kèm lý do.")
    String result_form_explain();

    @Message("Ghi việc đã làm; có thể kèm số, ngày văn bản trả lời và tệp sản phẩm. Nhiệm vụ được tính hoàn thành ngay.")
    String result_form_explain_direct();

    @Message("Bắt buộc, tối đa 2.000 ký tự.")
    String result_form_text_hint();

    @Message("Số văn bản trả lời (nếu có)")
    String result_form_number();

    @Message("Ngày văn bản (dd/mm/yyyy)")
    String result_form_date();

    @Message("Tệp sản phẩm (nếu có)")
    String result_form_files();

    @Message("PDF, DOCX, XLSX, PNG hoặc JPEG; mỗi tệp tối đa 20 MB, tối đa 10 tệp.")
    String result_form_files_hint();

    @Message("Gửi báo cáo hoàn thành")
    String result_form_submit();

    @Message("Ghi kết quả")
    String result_form_submit_clerk();

    @Message("Xác nhận kết quả")
    String result_review_title();

    @Message("Xác nhận thì nhiệm vụ được tính hoàn thành (đúng hạn hay quá hạn theo ngày báo cáo); trả lại thì nhiệm vụ trở lại đang thực hiện.")
    String result_review_explain();

    @Message("Xác nhận hoàn thành")
    String result_review_confirm();

    @Message("Lý do trả lại (bắt buộc khi trả lại)")
    String result_review_reason();

    @Message("Trả lại")
    String result_review_return();

    @Message("Báo cáo đang chờ văn thư xác nhận; trạng thái đổi được sau khi văn thư xác nhận hoặc trả lại.")
    String result_locked();

    /** The word for a result's state, from the {@code result_state_*} messages (no English entry of its own). */
    @Message("{#when state}{#is PENDING}{edit:result_state_PENDING}{#is CONFIRMED}{edit:result_state_CONFIRMED}{#is RETURNED}{edit:result_state_RETURNED}{#is ACCEPTED}{edit:result_state_ACCEPTED}{/when}")
    String result_state(TaskResult.State state);

    // == tasks ==

    @Message("Xem các nhiệm vụ trong danh sách nhiệm vụ")
    String directive_tasks_in_list();

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

    // == daily use ==

    @Message("Chưa cập nhật (được giao khi nhập văn bản ngày {day})")
    String task_detail_owner_untouched(String day);

    // == importer ==

    @Message("Chưa có văn bản nào.")
    String directive_list_empty();

    @Message("Nhập văn bản mới")
    String directive_list_import();

    @Message("Tiêu đề")
    String directive_col_title();

    @Message("Ngày văn bản")
    String directive_col_date();

    @Message("Số nhiệm vụ")
    String directive_col_tasks();

    @Message("Ngày nhập")
    String directive_col_imported();

    @Message("Cơ quan ban hành")
    String directive_show_issuer();

    @Message("Người nhập")
    String directive_show_imported_by();

    @Message("Thời điểm nhập")
    String directive_show_imported_at();

    @Message("Nhiệm vụ")
    String directive_show_tasks();

    @Message("Văn bản không có nhiệm vụ.")
    String directive_show_no_tasks();

    @Message("Toàn văn")
    String directive_show_original();

    @Message("Tất cả văn bản")
    String directive_show_all();

    @Message("Loại văn bản")
    String directive_show_kind();

    @Message("Số, ký hiệu")
    String directive_col_doc_number();

    @Message("Loại")
    String directive_col_kind();

    @Message("Loại văn bản")
    String directive_list_kind();

    @Message("Mọi loại")
    String directive_list_kind_any();

    @Message("Lọc")
    String directive_list_filter();

    // == follow-up ==

    @Message("Lý do")
    String deadline_request_reason();

    @Message("Vì sao cần thêm thời gian: việc đã làm, khó khăn, vướng mắc.")
    String deadline_request_reason_hint();
}
