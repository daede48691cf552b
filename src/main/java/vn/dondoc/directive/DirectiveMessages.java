package vn.dondoc.directive;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a directive as a document: its kinds. Vietnamese (the default) here, English in {@code
 * messages/directive_en.properties}; templates use them as {@code {directive:key}}.
 */
@MessageBundle(value = "directive", locale = "vi")
public interface DirectiveMessages {

    // == importer ==

    @Message("Chỉ thị")
    String directive_kind_chi_thi();

    @Message("Công điện")
    String directive_kind_cong_dien();

    @Message("Thông báo kết luận")
    String directive_kind_thong_bao_ket_luan();

    @Message("Thông báo")
    String directive_kind_thong_bao();

    @Message("Kết luận")
    String directive_kind_ket_luan();

    @Message("Kế hoạch")
    String directive_kind_ke_hoach();

    @Message("Chương trình")
    String directive_kind_chuong_trinh();

    @Message("Nghị quyết")
    String directive_kind_nghi_quyet();

    @Message("Quyết định")
    String directive_kind_quyet_dinh();

    @Message("Công văn")
    String directive_kind_cong_van();

    @Message("Hướng dẫn")
    String directive_kind_huong_dan();

    @Message("Báo cáo")
    String directive_kind_bao_cao();

    @Message("Quy định")
    String directive_kind_quy_dinh();

    @Message("Quy chế")
    String directive_kind_quy_che();

    @Message("Đề án")
    String directive_kind_de_an();

    @Message("Tờ trình")
    String directive_kind_to_trinh();

    @Message("Nghị định")
    String directive_kind_nghi_dinh();

    @Message("Thông tư")
    String directive_kind_thong_tu();

    @Message("Luật")
    String directive_kind_luat();

    @Message("Văn bản hợp nhất")
    String directive_kind_van_ban_hop_nhat();
}
