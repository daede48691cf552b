package vn.dondoc.task;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.dondoc.task.StatusChange.Kind;

/**
 * The texts of results and their confirmation (kết quả, xác nhận hoàn thành), in Vietnamese (the default);
 * English in {@code messages/res_en.properties}. Templates use them as {@code {res:key}}.
 */
@MessageBundle(value = "res", locale = "vi")
public interface ResultMessages {

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

    @Message("Đã gửi báo cáo hoàn thành; chờ văn thư xác nhận.")
    String result_flash_reported();

    @Message("Đã ghi kết quả; nhiệm vụ đã hoàn thành.")
    String result_flash_done();

    @Message("Đã xác nhận hoàn thành.")
    String result_flash_confirmed();

    @Message("Đã trả lại báo cáo; nhiệm vụ trở lại đang thực hiện.")
    String result_flash_returned();

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

    @Message("Lý do trả lại")
    String result_return_reason();

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

    @Message("Báo cáo hoàn thành")
    String result_history_REPORT();

    @Message("Xác nhận hoàn thành")
    String result_history_CONFIRM();

    @Message("Trả lại báo cáo")
    String result_history_RETURN();

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

    @Message("ĐÃ BÁO CÁO HOÀN THÀNH, CHỜ VĂN THƯ XÁC NHẬN ({count})")
    String reminder_mail_reported_heading(int count);

    @Message("Báo cáo ngày")
    String reminder_mail_reported_on();

    @Message("Nhiệm vụ này không có báo cáo nào đang chờ xác nhận (có thể đã được xác nhận hoặc trả lại).")
    String task_status_error_not_reported();

    /** The word for a result's state, from the {@code result_state_*} messages (no English entry of its own). */
    @Message("{#when state}{#is PENDING}{res:result_state_PENDING}{#is CONFIRMED}{res:result_state_CONFIRMED}{#is RETURNED}{res:result_state_RETURNED}{#is ACCEPTED}{res:result_state_ACCEPTED}{/when}")
    String result_state(TaskResult.State state);

    /** The name of a follow-up step in the history, from the {@code result_history_*} messages. */
    @Message("{#when kind}{#is REPORT}{res:result_history_REPORT}{#is CONFIRM}{res:result_history_CONFIRM}{#is RETURN}{res:result_history_RETURN}{/when}")
    String result_history(Kind kind);
}
