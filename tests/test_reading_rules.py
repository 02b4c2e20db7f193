"""How a sentence is read: a specification by example.

Each case is a short text and the facts it must (or must not) give, as
(subject, indicator, year, metric, value) tuples; the reading rules are in
README ("How facts are read").
"""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.facts.model import Subject
from extractor.facts.output import names_of


def said(text: str) -> set[tuple]:
    return {(f.subject, f.indicator, f.year, f.metric, f.value if f.value is not None else f.value_text)
            for f in extract_text(text) if not f.is_target and not f.component}


CASES = {
    "'chỉ số thành phần của Chỉ số PAPI thuộc nhóm …' is a band of the sub-indices, not of the PAPI": (
        "Năm 2021, tỉnh Hưng Yên xếp ở vị trí thứ 5/63 về Chỉ số PAPI. Trong đó, có 5/8 chỉ số thành phần của Chỉ "
        "số PAPI thuộc nhóm đạt điểm cao nhất.",
        {("Hưng Yên", "PAPI", 2021, "rank", 5.0)}),
    "the field's range and median ('in the range of 82.79% - 94.07% with a median value of 87.02%') are nobody's score": (
        "In the SIPAS index in 2021, Hung Yen province reached 92.07%, ranking the 3rd out of 63; the satisfaction "
        "index of 63 provinces and cities is in the range of 82.79% - 94.07% with a median value of 87.02%.",
        {("Hưng Yên", "SIPAS", 2021, "score", 92.07), ("Hưng Yên", "SIPAS", 2021, "rank", 3.0)}),
    "SIPAS's criteria ('Mức độ hài lòng đối với việc …: đạt 80 %, xếp thứ 40/63') are sub-indices, not SIPAS": (
        "Năm 2023, Chỉ số SIPAS của tỉnh Kon Tum đạt 82,10%, xếp thứ 35/63.\n\n+ Mức độ hài lòng đối với việc "
        "chính quyền cung cấp thông tin: đạt 80 %, xếp thứ 40/63;\n\n+ Mức độ hài lòng đối với chất lượng tổ chức "
        "thực hiện chính sách: đạt 79.75 %, xếp thứ 43/63.",
        {("Kon Tum", "SIPAS", 2023, "score", 82.1), ("Kon Tum", "SIPAS", 2023, "rank", 35.0)}),
    "a document's number ('Resolution No. 09/NQ-HDND') is no rank; 'ranked No. 9' is": (
        "In 2025, for the PAR Index, Nghe An submitted Resolution No. 09/NQ-HDND dated April 28, 2025. In 2024, Nghe "
        "An ranked No. 9 in the PAR Index.",
        {("Nghệ An", "PAR_INDEX", 2024, "rank", 9.0)}),
    "an economy's ranking (GRDP) is no index here; 'kết quả chuyển đổi số' is the DTI's": (
        "Năm 2022, GRDP của tỉnh Quảng Ngãi là 121.300 tỉ đồng, đứng thứ 18/63 tỉnh, thành phố. Bộ TT-TT công bố kết "
        "quả chuyển đổi số năm 2022, tỉnh Quảng Ngãi đã tăng 24 bậc so với năm trước và đứng thứ 26/63.",
        {("Quảng Ngãi", "DTI", 2022, "rank_change", 24.0), ("Quảng Ngãi", "DTI", 2022, "rank", 26.0)}),
    "a bare score right after the index's name ('với chỉ số ICT index 0,9263,')": (
        "Năm 2018, đứng đầu khối bộ là Bộ Tài chính với chỉ số ICT index 0,9263, tiếp theo là Bảo hiểm Xã hội Việt "
        "Nam với chỉ số ICT index 0,9175.",
        {("Bộ Tài chính", "ICT_INDEX", 2018, "rank", 1.0), ("Bộ Tài chính", "ICT_INDEX", 2018, "score", 0.9263),
         ("Bảo hiểm xã hội Việt Nam", "ICT_INDEX", 2018, "rank", 2.0),
         ("Bảo hiểm xã hội Việt Nam", "ICT_INDEX", 2018, "score", 0.9175)}),
    "a year dating a previous position ('từ vị trí thứ 10 trong Bảng xếp hạng PCI 2022') is not the other figures'": (
        "Long An đứng thứ 2 về Chỉ số PCI 2023\n\nTỉnh Quảng Ninh tiếp tục dẫn đầu với 71,25 điểm, Long An vươn "
        "lên vị trí Á quân từ vị trí thứ 10 trong Bảng xếp hạng PCI 2022.",
        {("Quảng Ninh", "PCI", 2023, "rank", 1.0), ("Quảng Ninh", "PCI", 2023, "score", 71.25),
         ("Long An", "PCI", 2023, "rank", 2.0), ("Long An", "PCI", 2022, "rank", 10.0)}),
    "an undated page that names its year only after its first figures: those figures take that year": (
        "The State Bank of Vietnam topped the Public Administration Reform Index, the government announced.\n\n"
        "The bank scored 91 percent out of 100.\n\nThe average index of 2018 improved against 2017.",
        {("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2018, "rank", 1.0),
         ("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2018, "score", 91.0)}),
    "'chỉ số này' / 'this index' is the index named last, not the title's": (
        "Đà Nẵng qua hai bảng xếp hạng PCI và ICT Index\n\nNăm 2016, Đà Nẵng tiếp tục đứng vị trí đầu tiên về "
        "Vietnam ICT Index.\n\nVà đây là năm thứ 8 liên tiếp Đà Nẵng xếp vị trí số 1 của chỉ số này.",
        {("Đà Nẵng", "ICT_INDEX", 2016, "rank", 1.0), ("Đà Nẵng", "ICT_INDEX", 2015, "rank", 1.0)}),
    "a bare score with decimals in brackets after a place's rank or its index: 'xếp hạng nhì (89,470)'": (
        "Năm 2019, Sở Nông nghiệp và phát triển nông thôn xếp hạng nhất về Chỉ số cải cách hành chính (91,420); "
        "UBND huyện Nho Quan xếp hạng nhì (89,470); Sở Tài chính xếp hạng ba (91,290). Năm 2021, giá trị trung "
        "bình PAPI là 42,407, điểm cao nhất (48,059).",
        {("Sở Nông nghiệp và Phát triển nông thôn", "PAR_INDEX", 2019, "rank", 1.0),
         ("Sở Nông nghiệp và Phát triển nông thôn", "PAR_INDEX", 2019, "score", 91.42),
         ("huyện Nho Quan", "PAR_INDEX", 2019, "rank", 2.0), ("huyện Nho Quan", "PAR_INDEX", 2019, "score", 89.47),
         ("Sở Tài chính", "PAR_INDEX", 2019, "rank", 3.0), ("Sở Tài chính", "PAR_INDEX", 2019, "score", 91.29),
         ("Việt Nam", "PAPI", 2021, "score", 42.407)}),
    "'Thứ tự xếp hạng … (từ trên xuống) như sau: A, B, C' ranks them in that order": (
        "Năm 2023, về chỉ số DTI của tỉnh Quảng Nam, thứ tự xếp hạng các sở, ban, ngành (từ trên xuống) như sau: "
        "Sở NN&PTNT, Sở TT-TT, Sở Nội vụ. Năm 2022, về Chỉ số CCHC, thứ tự xếp hạng các huyện như sau: huyện Quế "
        "Sơn, huyện Duy Xuyên.",
        {("Sở Nông nghiệp và Phát triển nông thôn", "DTI", 2023, "rank", 1.0),
         ("Sở Thông tin và Truyền thông", "DTI", 2023, "rank", 2.0), ("Sở Nội vụ", "DTI", 2023, "rank", 3.0),
         ("huyện Quế Sơn", "PAR_INDEX", 2022, "rank", 1.0), ("huyện Duy Xuyên", "PAR_INDEX", 2022, "rank", 2.0)}),
    "'chiếm hạng nhất / vị thứ nhất (95,16%)': a first place with its score in brackets; 'Sở Thông tin - truyền thông'": (
        "Năm 2019, về chỉ số SIPAS, Cục Thuế chiếm hạng nhất (95,16%), Công an tỉnh xếp cuối (81,98%); huyện Duy "
        "Xuyên chiếm vị thứ nhất (92,38%); Sở Thông tin - truyền thông dẫn đầu thứ hạng SIPAS 2019 (98,24%).",
        {("Cục Thuế tỉnh", "SIPAS", 2019, "rank", 1.0), ("Cục Thuế tỉnh", "SIPAS", 2019, "score", 95.16),
         ("Công an tỉnh", "SIPAS", 2019, "score", 81.98), ("huyện Duy Xuyên", "SIPAS", 2019, "rank", 1.0),
         ("huyện Duy Xuyên", "SIPAS", 2019, "score", 92.38),
         ("Sở Thông tin và Truyền thông", "SIPAS", 2019, "rank", 1.0),
         ("Sở Thông tin và Truyền thông", "SIPAS", 2019, "score", 98.24)}),
    "'from N' is a previous rank only as an ordinal or before 'in'/'to', not 'from 59 points' or 'from 23 databases'": (
        "In 2019, the regional PCI increased from 59 points in 2015. In 2024, Hai Phong's DTI ranked 3rd, up from "
        "8th; it shares data from 23 databases.",
        {("Hải Phòng", "DTI", 2024, "rank", 3.0), ("Hải Phòng", "DTI", 2023, "rank", 8.0)}),
    "'theo sau lần lượt là A, B' gives the next places in order": (
        "Năm 2021, về Chỉ số CCHC cấp huyện của tỉnh Yên Bái, huyện Lục Yên tiếp tục dẫn đầu, theo sau lần lượt "
        "là huyện Văn Yên, huyện Trấn Yên.",
        {("huyện Lục Yên", "PAR_INDEX", 2021, "rank", 1.0), ("huyện Văn Yên", "PAR_INDEX", 2021, "rank", 2.0),
         ("huyện Trấn Yên", "PAR_INDEX", 2021, "rank", 3.0)}),
    "a percent change of an index scored in points (PCI, ICT Index) is a growth rate; DTI's is its change": (
        "Năm 2023, chỉ số PCI của tỉnh Phú Thọ đạt 69,10 điểm, tăng 9,57% so với năm 2022. Năm 2024, giá trị DTI "
        "trung bình cả nước đạt 0,7956, tăng 8,6% so với năm 2023.",
        {("Phú Thọ", "PCI", 2023, "score", 69.1), ("Việt Nam", "DTI", 2024, "score", 0.7956),
         ("Việt Nam", "DTI", 2024, "score_change", 8.6)}),
    "DTI's main indices ('Nhận thức số - xếp thứ 36', 'digital institutions') are sub-indices, not the DTI": (
        "Năm 2021, Bắc Kạn xếp thứ 51 trên Bảng xếp hạng DTI. Trong đó, xếp hạng theo từng Chỉ số chính lần lượt "
        "là: Nhận thức số - xếp thứ 36; Thể chế số - 57. In 2022, Bac Kan's DTI ranked 40th; its digital "
        "institutions index ranked 12th.",
        {("Bắc Kạn", "DTI", 2021, "rank", 51.0), ("Bắc Kạn", "DTI", 2022, "rank", 40.0)}),
    "a province's grade of its own unit ('xếp loại xuất sắc / tốt') is that unit's band; a count of units is not": (
        "Năm 2018, Chỉ số CCHC của huyện Vĩnh Thuận đạt 86,5 điểm, xếp loại tốt. Năm 2021, Sở Thông tin và Truyền "
        "thông xếp loại tốt; có 17 cơ quan xếp loại khá. Năm 2020, Chỉ số CCHC của tỉnh Cà Mau xếp loại khá.",
        {("huyện Vĩnh Thuận", "PAR_INDEX", 2018, "score", 86.5), ("huyện Vĩnh Thuận", "PAR_INDEX", 2018, "band", "Tốt"),
         ("Sở Thông tin và Truyền thông", "PAR_INDEX", 2021, "band", "Tốt")}),
    "SIPAS named as what it measures: 'kết quả đo lường sự hài lòng đối với sự phục vụ hành chính'": (
        "Kết quả đo lường sự hài lòng đối với sự phục vụ hành chính năm 2025 của các sở: Sở Công thương xếp thứ "
        "nhất. Năm 2024, đơn vị có kết quả đo lường mức độ hài lòng cao nhất là Sở Tư pháp, đạt 96,86%.",
        {("Sở Công Thương", "SIPAS", 2025, "rank", 1.0), ("Sở Tư pháp", "SIPAS", 2024, "rank", 1.0),
         ("Sở Tư pháp", "SIPAS", 2024, "score", 96.86)}),
    "a special zone ('đặc khu', since 2025) is a commune-level unit of its own": (
        "Về Chỉ số cải cách hành chính năm 2025 của các xã, đặc khu: đặc khu Cát Hải xếp thứ nhất, xã Quyết Thắng "
        "xếp thứ 2.",
        {("đặc khu Cát Hải", "PAR_INDEX", 2025, "rank", 1.0), ("xã Quyết Thắng", "PAR_INDEX", 2025, "rank", 2.0)}),
    "a province's DTI of its departments and districts in points with no scale written is out of 1,000": (
        "Năm 2024, xếp hạng DTI các sở, ban, ngành của Đắk Nông đứng đầu là Sở Thông tin và Truyền thông với "
        "887,83 điểm. Năm 2023, chỉ số DTI cấp huyện của tỉnh Tuyên Quang: huyện Yên Sơn xếp thứ 2 với 508,17 điểm.",
        {("Sở Thông tin và Truyền thông", "DTI", 2024, "rank", 1.0),
         ("Sở Thông tin và Truyền thông", "DTI", 2024, "score", 887.83),
         ("huyện Yên Sơn", "DTI", 2023, "rank", 2.0), ("huyện Yên Sơn", "DTI", 2023, "score", 508.17)}),
    "a place in brackets right after another only locates it: 'Xã Tràng Đà (TP Tuyên Quang) đứng thứ nhất'": (
        "Năm 2023, chỉ số DTI cấp xã của tỉnh Tuyên Quang: Xã Tràng Đà (TP Tuyên Quang) đứng thứ nhất với 304,31 "
        "điểm. Năm 2024, Chỉ số CCHC của xã Bình An (huyện Lâm Bình) đạt 91,5%.",
        {("Xã Tràng Đà", "DTI", 2023, "rank", 1.0), ("Xã Tràng Đà", "DTI", 2023, "score", 304.31),
         ("xã Bình An", "PAR_INDEX", 2024, "score", 91.5)}),
    "a bracket right after 'so với năm X (…)' gives year X's figures": (
        "Năm 2020, chỉ số PAPI của Khánh Hòa đạt 39,14 điểm. So với năm 2019 (điểm tổng hợp chỉ số PAPI của Khánh "
        "Hòa đạt 42,16 điểm, xếp thứ 49/63 tỉnh, thành phố) Khánh Hòa có 04 chỉ số bị giảm điểm. Năm 2021, chỉ "
        "số DTI của tỉnh Yên Bái xếp thứ 27/63, tăng 13 bậc so với năm 2020 (xếp thứ 40/63).",
        {("Khánh Hòa", "PAPI", 2020, "score", 39.14), ("Khánh Hòa", "PAPI", 2019, "score", 42.16),
         ("Khánh Hòa", "PAPI", 2019, "rank", 49.0), ("Yên Bái", "DTI", 2021, "rank", 27.0),
         ("Yên Bái", "DTI", 2021, "rank_change", 13.0), ("Yên Bái", "DTI", 2020, "rank", 40.0)}),
    "an index named in an aside '(gồm Chỉ số SIPAS đạt 8,5/10 điểm)' is not what the next sentence is about": (
        "Chỉ số PAR INDEX năm 2023 tỉnh Kon Tum đạt 86,14 điểm, trong đó điểm đánh giá tác động đạt 31,19 điểm "
        "(gồm Chỉ số SIPAS đạt 8,5/10 điểm). Xếp hạng thứ 43/63 tỉnh, thành phố, tăng 12 bậc.",
        {("Kon Tum", "PAR_INDEX", 2023, "score", 86.14), ("Kon Tum", "PAR_INDEX", 2023, "rank", 43.0),
         ("Kon Tum", "PAR_INDEX", 2023, "rank_change", 12.0)}),
    "a page that opens with a prose lead has no title line: the lead's year holds, the caption after it is no title": (
        "Ngày 15/3, Ủy ban nhân dân tỉnh Yên Bái đã ban hành Quyết định công bố kết quả xác định Chỉ số cải cách "
        "hành chính năm 2023 của các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố trên địa bàn "
        "tỉnh, với nhiều kết quả đáng chú ý về công tác cải cách hành chính.\n\nNgười dân làm thủ tục tại Trung "
        "tâm Phục vụ hành chính công tỉnh.\n\nTheo đó, Sở Nội vụ dẫn đầu khối các sở, ban, ngành với 92,5%.",
        {("Sở Nội vụ", "PAR_INDEX", 2023, "rank", 1.0), ("Sở Nội vụ", "PAR_INDEX", 2023, "score", 92.5)}),
    "'là một trong N tỉnh đạt điểm cao nhất' places the province in that PAPI group": (
        "Năm 2016, Hà Tĩnh là một trong 16 tỉnh/thành phố đạt điểm cao nhất toàn quốc về chỉ số PAPI. Chỉ số PAPI "
        "năm 2020 của tỉnh Kon Tum là một trong 15 địa phương có điểm trung bình thấp.",
        {("Hà Tĩnh", "PAPI", 2016, "band", "1"), ("Kon Tum", "PAPI", 2020, "band", "3")}),
    "a PAR INDEX field named without 'thành phần' ('Chỉ số Công tác chỉ đạo điều hành CCHC') is a sub-index": (
        "Chỉ số cải cách hành chính tỉnh Đắk Nông năm 2022 đạt 84,66/100 điểm, xếp thứ 37/63. Chỉ số Công tác "
        "chỉ đạo điều hành Cải cách hành chính đạt 8,94 điểm, xếp thứ 30/63; Chỉ số Cải cách thể chế xếp 55/63.",
        {("Đắk Nông", "PAR_INDEX", 2022, "score", 84.66), ("Đắk Nông", "PAR_INDEX", 2022, "rank", 37.0)}),
    "a plan ('lên kế hoạch', 'đặt mục tiêu') states targets, not results": (
        "Ninh Thuận lên kế hoạch tăng điểm số PCI năm 2022 để vào nhóm Khá. Tỉnh Kon Tum đặt mục tiêu Chỉ số "
        "PCI năm 2025 đạt 68 điểm.",
        set()),
    "a bracket stating last year's figure '(năm 2022 đạt 82,58 điểm)' dates only its own figures": (
        "Chỉ số PAR Index của Tiền Giang năm 2023 đạt 85,77 điểm (năm 2022 đạt 82,58 điểm), tăng 3,19 điểm, xếp "
        "thứ 50/63. Chỉ số PAPI 2023 của tỉnh Sóc Trăng đạt 45,6196 điểm (năm 2022 là 42,8559 điểm), xếp thứ 4/63.",
        {("Tiền Giang", "PAR_INDEX", 2023, "score", 85.77), ("Tiền Giang", "PAR_INDEX", 2022, "score", 82.58),
         ("Tiền Giang", "PAR_INDEX", 2023, "score_change", 3.19), ("Tiền Giang", "PAR_INDEX", 2023, "rank", 50.0),
         ("Sóc Trăng", "PAPI", 2023, "score", 45.6196), ("Sóc Trăng", "PAPI", 2022, "score", 42.8559),
         ("Sóc Trăng", "PAPI", 2023, "rank", 4.0)}),
    "a year in a bracket stating figures of its own does not date the sentences after it": (
        "Chỉ số SIPAS năm 2023 của Kon Tum đạt 82,10%, tăng 7 bậc (năm 2022 đạt 78,39%, xếp thứ 42/63). Trong "
        "khu vực, dẫn đầu là tỉnh Gia Lai (83,84%).\n\nVề Chỉ số PAPI, sau khi rơi xuống nhóm thấp (đứng thứ 50 "
        "vào năm 2019), Bắc Ninh đã trở lại. Tỉnh Quảng Ninh đạt 48,81 điểm.",
        {("Kon Tum", "SIPAS", 2023, "score", 82.1), ("Kon Tum", "SIPAS", 2023, "rank_change", 7.0),
         ("Kon Tum", "SIPAS", 2022, "score", 78.39), ("Kon Tum", "SIPAS", 2022, "rank", 42.0),
         ("Gia Lai", "SIPAS", 2023, "score", 83.84), ("Gia Lai", "SIPAS", 2023, "rank", 1.0),
         ("Bắc Ninh", "PAPI", 2019, "rank", 50.0), ("Quảng Ninh", "PAPI", 2023, "score", 48.81)}),
    "a province's own ranking printed as a numbered list, its last place out of a written field, its best 'có chỉ "
    "số cao nhất'": (
        "Kết quả Chỉ số CCHC năm 2024 của các sở, ngành tỉnh Thanh Hóa: (1) Sở Tài chính đạt 90,05%; (2) Sở Nội vụ "
        "đạt 90,02%; (3) Sở Tư pháp đạt 89,3%. Ban Dân tộc tỉnh đứng vị trí cuối bảng trong tổng số 20 sở, ngành. "
        "Trong khối huyện, huyện Đông Sơn có chỉ số cao nhất.",
        {("Sở Tài chính", "PAR_INDEX", 2024, "rank", 1.0), ("Sở Tài chính", "PAR_INDEX", 2024, "score", 90.05),
         ("Sở Nội vụ", "PAR_INDEX", 2024, "rank", 2.0), ("Sở Nội vụ", "PAR_INDEX", 2024, "score", 90.02),
         ("Sở Tư pháp", "PAR_INDEX", 2024, "rank", 3.0), ("Sở Tư pháp", "PAR_INDEX", 2024, "score", 89.3),
         ("Ban Dân tộc tỉnh Thanh Hóa", "PAR_INDEX", 2024, "rank", 20.0),
         ("huyện Đông Sơn", "PAR_INDEX", 2024, "rank", 1.0)}),
    "'N địa phương lần lượt đứng đầu bảng là: A, B, C'; 'the province with the highest score was X'": (
        "PCI 2023: 3 địa phương lần lượt đứng đầu bảng là: Quảng Ninh, Long An và Hải Phòng.\n\nIn the PAPI 2024, "
        "the province with the highest score was Quang Ninh province.",
        {("Quảng Ninh", "PCI", 2023, "rank", 1.0), ("Long An", "PCI", 2023, "rank", 2.0),
         ("Hải Phòng", "PCI", 2023, "rank", 3.0), ("Quảng Ninh", "PAPI", 2024, "rank", 1.0)}),
    "the members a group lists after a semicolon are another clause's, with a band of their own": (
        "Chỉ số CCHC năm 2023 tỉnh Quảng Nam: Đối với các cơ quan ngành dọc, Kho bạc Nhà nước tỉnh xếp loại tốt; các "
        "cơ quan còn lại gồm Công an tỉnh, Cục Thuế tỉnh xếp loại khá.",
        {("Kho bạc Nhà nước tỉnh Quảng Nam", "PAR_INDEX", 2023, "band", "Tốt"),
         ("Công an tỉnh Quảng Nam", "PAR_INDEX", 2023, "band", "Khá"),
         ("Cục Thuế tỉnh Quảng Nam", "PAR_INDEX", 2023, "band", "Khá")}),
    "a district named bare in a ranking of the page province's districts; 'phường X, TP.Y' is the ward's": (
        "Chỉ số chuyển đổi số năm 2023 của tỉnh Quảng Nam: thứ tự xếp hạng cấp huyện (từ trên xuống) như sau: "
        "Quế Sơn, Tam Kỳ, Núi Thành.\n\nChỉ số CCHC năm 2017 của tỉnh Bình "
        "Dương: phường Chánh Nghĩa, TP.Thủ Dầu Một đạt 90,25%.",
        {("huyện Quế Sơn", "DTI", 2023, "rank", 1.0), ("thành phố Tam Kỳ", "DTI", 2023, "rank", 2.0),
         ("huyện Núi Thành", "DTI", 2023, "rank", 3.0), ("phường Chánh Nghĩa", "PAR_INDEX", 2017, "score", 90.25)}),
    "a sub-index's name inside an index's full name ('… và ứng dụng CNTT') is part of that name": (
        "Tây Ninh có chỉ số ICT Index (Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT - truyền thông Việt Nam) "
        "năm 2020 tăng 16 bậc, xếp thứ 9/63 tỉnh, thành phố.",
        {("Tây Ninh", "ICT_INDEX", 2020, "rank_change", 16.0), ("Tây Ninh", "ICT_INDEX", 2020, "rank", 9.0)}),
    "'N địa phương xếp loại khá (A, B, C)': the grade of each unit in the bracket, and of no one after it; "
    "'came in last out of 63'": (
        "Chỉ số chuyển đổi số năm 2023 cấp huyện của tỉnh Quảng Nam: 3 địa phương xếp loại khá (Nông Sơn, Đông "
        "Giang, Tây Giang); đứng đầu là huyện Quế Sơn.\n\nIn the PAR Index 2014, Bac Kan province came in last out "
        "of the 63 cities and provinces.",
        {("huyện Nông Sơn", "DTI", 2023, "band", "Khá"), ("huyện Đông Giang", "DTI", 2023, "band", "Khá"),
         ("huyện Tây Giang", "DTI", 2023, "band", "Khá"), ("huyện Quế Sơn", "DTI", 2023, "rank", 1.0),
         ("Bắc Kạn", "PAR_INDEX", 2014, "rank", 63.0)}),
    "a group's members listed after a colon ('nhóm tốt có 3 ngành, đơn vị: …', '2 sở thuộc nhóm khá là: …')": (
        "Chỉ số CCHC năm 2017 của các sở, ngành tỉnh Quảng Bình gồm 2 nhóm, nhóm tốt có 2 ngành, đơn vị: Sở Tư "
        "pháp, Sở Xây dựng; 2 sở, ngành thuộc nhóm khá là: Sở Y tế, Thanh tra tỉnh.",
        {("Sở Tư pháp", "PAR_INDEX", 2017, "band", "Tốt"), ("Sở Xây dựng", "PAR_INDEX", 2017, "band", "Tốt"),
         ("Sở Y tế", "PAR_INDEX", 2017, "band", "Khá"), ("Thanh tra tỉnh Quảng Bình", "PAR_INDEX", 2017, "band", "Khá")}),
    "a ministry's place out of the field in brackets ('áp chót là X (18/19)', 'đứng chót bảng (19/19)'); "
    "'xếp hạng thứ tự 16/19'": (
        "Chỉ số CCHC năm 2014 của các bộ: Bộ Khoa học và Công nghệ đứng chót bảng (19/19), áp chót là Bộ Giáo dục "
        "và Đào tạo (18/19). Ủy ban Dân tộc xếp hạng thứ tự 16/19 đơn vị.",
        {("Bộ Khoa học và Công nghệ", "PAR_INDEX", 2014, "rank", 19.0),
         ("Bộ Giáo dục và Đào tạo", "PAR_INDEX", 2014, "rank", 18.0), ("Ủy ban Dân tộc", "PAR_INDEX", 2014, "rank", 16.0)}),
    "a district named like a province ('huyện Quảng Ninh' of Quảng Bình) does not make the page that province's": (
        "Năm 2022, Chỉ số CCHC của tỉnh Quảng Bình đạt 88 điểm; huyện Quảng Ninh đạt 88,58 điểm. Văn phòng UBND "
        "tỉnh đạt 90,1 điểm.",
        {("Quảng Bình", "PAR_INDEX", 2022, "score", 88.0), ("huyện Quảng Ninh", "PAR_INDEX", 2022, "score", 88.58),
         ("Văn phòng UBND tỉnh Quảng Bình", "PAR_INDEX", 2022, "score", 90.1)}),
    "'Tiếp ngay sau là X', 'kế sau là Y' go on from the first place": (
        "Năm 2015, Chỉ số CCHC của các bộ: Ngân hàng Nhà nước đạt chỉ số cao nhất. Tiếp ngay sau là Bộ Tài chính, "
        "kế sau là Bộ Tư pháp.",
        {("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2015, "rank", 1.0), ("Bộ Tài chính", "PAR_INDEX", 2015, "rank", 2.0),
         ("Bộ Tư pháp", "PAR_INDEX", 2015, "rank", 3.0)}),
    "after 'the PAR index of A% and the SIPAS index of B%', a unit's bare pair 'with X% and Y%' / 'X%; Y%' is PAR "
    "then SIPAS; with no such order only the first is read": (
        "In 2024 the Department of Home Affairs ranked first with the PAR index of 93.82% and the SIPAS index of "
        "98.89%.\n\nIt was followed by the Department of Justice with 93.42% and 92.66%; the Department of Finance: "
        "90.91%; 98.51%.",
        {("Sở Nội vụ", "PAR_INDEX", 2024, "rank", 1.0), ("Sở Nội vụ", "PAR_INDEX", 2024, "score", 93.82),
         ("Sở Nội vụ", "SIPAS", 2024, "score", 98.89), ("Sở Tư pháp", "PAR_INDEX", 2024, "score", 93.42),
         ("Sở Tư pháp", "SIPAS", 2024, "score", 92.66), ("Sở Tài chính", "PAR_INDEX", 2024, "score", 90.91),
         ("Sở Tài chính", "SIPAS", 2024, "score", 98.51)}),
    "a rank out of the field in brackets right after the year it is compared with is that year's": (
        "Năm 2022, Lào Cai xếp thứ 11/63, tăng 14 bậc so với năm 2021 (25/63) về Chỉ số PAPI. In the PAPI 2024, Tay "
        "Ninh province increased by 58 ranks compared to 2023 (60/63 provinces and cities).",
        {("Lào Cai", "PAPI", 2022, "rank", 11.0), ("Lào Cai", "PAPI", 2022, "rank_change", 14.0),
         ("Lào Cai", "PAPI", 2021, "rank", 25.0), ("Tây Ninh", "PAPI", 2024, "rank_change", 58.0),
         ("Tây Ninh", "PAPI", 2023, "rank", 60.0)}),
    "the ministries as a group are the field a first place is led in, never ranked themselves": (
        "In the PAR Index 2019, the central bank has led ministries and ministerial-level agencies for the fifth "
        "time. The index score of the ministries and ministerial-level agencies averaged 85.63%.",
        {("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2019, "rank", 1.0),
         ("Các bộ, cơ quan ngang bộ", "PAR_INDEX", 2019, "score", 85.63)}),
    "a horizon ('in 2024 and beyond', 'từ năm 2026 trở đi') dates no figure": (
        "Thua Thien Hue scores 46.04 points in the PAPI and ranks first. \"We must act in 2024 and beyond,\" "
        "she said. Bắc Ninh đạt 45,31 điểm PAPI, từ năm 2026 trở đi sẽ cải thiện.",
        {("Thừa Thiên Huế", "PAPI", None, "score", 46.04), ("Thừa Thiên Huế", "PAPI", None, "rank", 1.0),
         ("Bắc Ninh", "PAPI", None, "score", 45.31)}),
    "a paragraph opening 'Về Chỉ số X, …' / 'Đối với chỉ số X, …' turns the article to X, over its title's index": (
        "Chỉ số SIPAS của Gia Lai xếp thứ 16/63\n\nVề Chỉ số PAR Index, các tỉnh đứng đầu gồm: Quảng Ninh, Hải "
        "Phòng.\n\nNăm 2022, tỉnh Gia Lai đạt 80,35/100 điểm, xếp vị trí 58/63 tỉnh thành.\n\nĐối với chỉ số "
        "PAPI, cả nước có nhiều chuyển biến.\n\nNăm 2022, tỉnh Gia Lai đạt 39,67 điểm.",
        {("Gia Lai", "SIPAS", 2022, "rank", 16.0), ("Gia Lai", "PAR_INDEX", 2022, "score", 80.35),
         ("Gia Lai", "PAR_INDEX", 2022, "rank", 58.0), ("Gia Lai", "PAPI", 2022, "score", 39.67)}),
    "'thấp hơn / cao hơn N bậc so với năm …' is a change of rank": (
        "Năm 2022, Chỉ số PAR INDEX của tỉnh Gia Lai xếp vị trí 58/63, thấp hơn 16 bậc so với năm 2021. Năm 2023, "
        "Chỉ số PCI của tỉnh Kon Tum xếp thứ 40/63, cao hơn 4 bậc so với cùng kỳ.",
        {("Gia Lai", "PAR_INDEX", 2022, "rank", 58.0), ("Gia Lai", "PAR_INDEX", 2022, "rank_change", -16.0),
         ("Kon Tum", "PCI", 2023, "rank", 40.0), ("Kon Tum", "PCI", 2023, "rank_change", 4.0)}),
    "the agent of a passive ('được Bộ … đánh giá', 'do Bộ … công bố', 'released by the Ministry') is not ranked": (
        "Năm 2020, tỉnh Cà Mau được Bộ Thông tin và Truyền thông đánh giá và công bố xếp hạng thứ 41/63 tỉnh, "
        "thành phố về chỉ số chuyển đổi số cấp tỉnh. In the 2023 DTI rankings released by the Ministry of "
        "Information and Communications, Hau Giang ranked 30th out of 63.",
        {("Cà Mau", "DTI", 2020, "rank", 41.0), ("Hậu Giang", "DTI", 2023, "rank", 30.0)}),
    "PAPI goes by shortened names: 'Chỉ số quản trị hành chính công', 'hiệu quả và quản trị hành chính công'": (
        "Năm 2022, Chỉ số quản trị hành chính công của tỉnh Nghệ An xếp thứ 17. Năm 2021, Chỉ số hiệu quả và "
        "quản trị hành chính công (PAPI) của tỉnh Yên Bái đạt 42,5 điểm.",
        {("Nghệ An", "PAPI", 2022, "rank", 17.0), ("Yên Bái", "PAPI", 2021, "score", 42.5)}),
    "a commune or ward ranked by its province is no province, even one named like a province": (
        "In 2025, Quang Binh Commune ranked first with 85.10%, followed by Yen Phu Commune with 85.07% in the PAR "
        "Index of communes. Năm 2025, Chỉ số CCHC của xã Du Già đạt 84,36%, xếp thứ 3.",
        {("Quang Binh Commune", "PAR_INDEX", 2025, "rank", 1.0), ("Quang Binh Commune", "PAR_INDEX", 2025, "score", 85.1),
         ("Yen Phu Commune", "PAR_INDEX", 2025, "rank", 2.0), ("Yen Phu Commune", "PAR_INDEX", 2025, "score", 85.07),
         ("xã Du Già", "PAR_INDEX", 2025, "score", 84.36), ("xã Du Già", "PAR_INDEX", 2025, "rank", 3.0)}),
    "a province scores its own departments' and districts' DTI out of a scale it writes, or in percent": (
        "In 2024, Son La's DTI: the Department of Transport ranked first at 89.94/100 points. Năm 2023, đứng "
        "đầu là Sở Nội vụ, đạt chỉ số DTI 95,26%; đứng đầu khối huyện là huyện Quế Sơn, đạt chỉ số DTI 93,16%.",
        {("Sở Giao thông vận tải", "DTI", 2024, "rank", 1.0), ("Sở Giao thông vận tải", "DTI", 2024, "score", 89.94),
         ("Sở Nội vụ", "DTI", 2023, "rank", 1.0), ("Sở Nội vụ", "DTI", 2023, "score", 95.26),
         ("huyện Quế Sơn", "DTI", 2023, "rank", 1.0), ("huyện Quế Sơn", "DTI", 2023, "score", 93.16)}),
    "a sub-index of a province's DTI out of 100 is not the province's DTI score": (
        "In 2022, the DTI of Bac Kan province: the index group on Digital Economic Activities reached 68.31/100 "
        "points.",
        set()),
    "'N tỉnh dẫn đầu <index> lần lượt là A, B, C' ranks them in that order": (
        "Năm 2020, 3 tỉnh, thành phố dẫn đầu chỉ số DTI lần lượt là Đà Nẵng, Thừa Thiên-Huế và Bắc Ninh. "
        "Năm 2022, 2 bộ, ngành dẫn đầu Chỉ số PAR INDEX lần lượt là Bộ Tư pháp và Bộ Tài chính.",
        {("Đà Nẵng", "DTI", 2020, "rank", 1.0), ("Thừa Thiên Huế", "DTI", 2020, "rank", 2.0),
         ("Bắc Ninh", "DTI", 2020, "rank", 3.0), ("Bộ Tư pháp", "PAR_INDEX", 2022, "rank", 1.0),
         ("Bộ Tài chính", "PAR_INDEX", 2022, "rank", 2.0)}),
    "'xếp hạng ba' is a third place; 'xếp hạng ba chỉ số' ranks three indices": (
        "Kết quả DTI năm 2022: khối sở, Văn phòng UBND tỉnh xếp hạng ba; khối huyện, huyện Tân Châu xếp hạng tư. "
        "Năm 2022, tỉnh xếp hạng ba chỉ số PAR INDEX, SIPAS và PAPI.",
        {("Văn phòng UBND tỉnh", "DTI", 2022, "rank", 3.0), ("huyện Tân Châu", "DTI", 2022, "rank", 4.0)}),
    "English falls and growths named as nouns, alone or paired 'respectively'": (
        "In the PAR Index 2021, Dong Nai, Tien Giang and Ha Nam saw declines, by 0.49 percent, 0.51 percent, and "
        "1.94 percent, respectively. The Ministry of Science and Technology experienced the sharpest fall, by 6.43 "
        "percent. Quang Ngai province enjoyed the most index growth, 13.2 percent.",
        {("Đồng Nai", "PAR_INDEX", 2021, "score_change", -0.49), ("Tiền Giang", "PAR_INDEX", 2021, "score_change", -0.51),
         ("Hà Nam", "PAR_INDEX", 2021, "score_change", -1.94),
         ("Bộ Khoa học và Công nghệ", "PAR_INDEX", 2021, "score_change", -6.43),
         ("Quảng Ngãi", "PAR_INDEX", 2021, "score_change", 13.2)}),
    "a score's scale names no field: the place after it is a subject": (
        "PAPI 2022: Quảng Ninh là địa phương dẫn đầu với 47,8763/80 điểm và Cao Bằng là địa phương xếp vị trí cuối "
        "với 38,8037/80 điểm.",
        {("Quảng Ninh", "PAPI", 2022, "rank", 1.0), ("Quảng Ninh", "PAPI", 2022, "score", 47.8763),
         ("Cao Bằng", "PAPI", 2022, "score", 38.8037)}),
    "a rank in a region's own ranking is not stored; the scope word nearest the figure decides": (
        "Năm 2022, PAR INDEX của Sơn La tăng 2 bậc, từ vị trí 15 lên 13 trong cả nước và tăng 1 bậc từ vị trí "
        "thứ 5 lên thứ 4 trong vùng. In 2024, Tra Vinh's PCI rose one place in the regional ranking.",
        {("Sơn La", "PAR_INDEX", 2022, "rank_change", 2.0), ("Sơn La", "PAR_INDEX", 2021, "rank", 15.0),
         ("Sơn La", "PAR_INDEX", 2022, "rank", 13.0)}),
    "the ministries' average is the ministries', not the nation's": (
        "Giá trị trung bình Chỉ số CCHC của 17 bộ, cơ quan ngang bộ năm 2022 là 84,05%, giảm 2,02% so với năm 2021.",
        {("Các bộ, cơ quan ngang bộ", "PAR_INDEX", 2022, "score", 84.05),
         ("Các bộ, cơ quan ngang bộ", "PAR_INDEX", 2022, "score_change", -2.02)}),
    "the body that announced a ranking does not share a province's place in it": (
        "Theo kết quả xếp hạng chuyển đổi số cấp bộ, cấp tỉnh năm 2020 do Bộ Thông tin và Truyền thông vừa "
        "công bố, Thanh Hóa xếp thứ 15 trong tổng số 63 tỉnh, thành phố cả nước.",
        {("Thanh Hóa", "DTI", 2020, "rank", 15.0)}),
    "a province and a ministry named together share the top of their two rankings": (
        "The Ministry of Justice and the northern province of Quang Ninh ranked first in the PAR INDEX 2023.",
        {("Bộ Tư pháp", "PAR_INDEX", 2023, "rank", 1.0), ("Quảng Ninh", "PAR_INDEX", 2023, "rank", 1.0)}),
    "a list after 'after X' takes its own sentence's year": (
        "In 2020, Quang Ninh topped the PCI. After Quang Ninh, the remaining positions in the top 10 PCI 2021 "
        "are respectively: Hai Phong (70.61 points); Dong Thap (70.53 points).",
        {("Quảng Ninh", "PCI", 2020, "rank", 1.0), ("Hải Phòng", "PCI", 2021, "rank", 2.0),
         ("Hải Phòng", "PCI", 2021, "score", 70.61), ("Đồng Tháp", "PCI", 2021, "rank", 3.0),
         ("Đồng Tháp", "PCI", 2021, "score", 70.53)}),
    "'tương ứng' pairs places with values like 'lần lượt', even without units or with ';'": (
        "Ba tỉnh cuối ICT Index 2016 là Lạng Sơn, Bạc Liêu và Điện Biên, với các điểm số tương ứng là "
        "0,2144; 0,1914 và 0,1738. Năm 2023, PAPI của Hà Nội và TP Hồ Chí Minh ở mức lần lượt là 43,9603 và 41,7754.",
        {("Lạng Sơn", "ICT_INDEX", 2016, "score", 0.2144), ("Bạc Liêu", "ICT_INDEX", 2016, "score", 0.1914),
         ("Điện Biên", "ICT_INDEX", 2016, "score", 0.1738), ("Hà Nội", "PAPI", 2023, "score", 43.9603),
         ("Hồ Chí Minh", "PAPI", 2023, "score", 41.7754)}),
    "'It is followed by' continues the last ranking even a paragraph later, unless another index was named since": (
        "In PAPI 2023, Thua Thien Hue ranks first among all 63 provinces and cities.\n\n"
        "The province is also one of the 15 localities that have the highest scores. It is followed by Thai Nguyen "
        "(45.78 points) and Bac Ninh (45.70 points).\n\nHo Chi Minh City is one of the 15 localities whose scores "
        "are upper medium.\n\nVề Chỉ số Xanh cấp tỉnh (PGI), Quảng Ninh dẫn đầu.\n\n"
        "Các vị trí tiếp theo là Đà Nẵng, Đồng Nai.",
        {("Thừa Thiên Huế", "PAPI", 2023, "rank", 1.0), ("Thừa Thiên Huế", "PAPI", 2023, "band", "1"),
         ("Thái Nguyên", "PAPI", 2023, "rank", 2.0), ("Thái Nguyên", "PAPI", 2023, "score", 45.78),
         ("Bắc Ninh", "PAPI", 2023, "rank", 3.0), ("Bắc Ninh", "PAPI", 2023, "score", 45.7),
         ("Hồ Chí Minh", "PAPI", 2023, "band", "2")}),
    "a lead gives figures before the page names their index; a score between a rank and its year shares it": (
        "Từ 64,87 điểm, xếp vị trí 27 của cả nước năm 2021, Hà Tĩnh đã vươn lên vị trí thứ 18 với 67,18 điểm "
        "trong năm 2022.\n\nVCCI công bố Báo cáo Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) năm 2022.",
        {("Hà Tĩnh", "PCI", 2021, "rank", 27.0), ("Hà Tĩnh", "PCI", 2022, "rank", 18.0),
         ("Hà Tĩnh", "PCI", 2022, "score", 67.18)}),
    "'với kết quả', 'với giá trị' introduce a score; 'an increase of N positions' is a rank change": (
        "Năm 2024, với kết quả 90,23%, tỉnh Thái Nguyên giữ vững vị trí số 2 toàn quốc về Chỉ số SIPAS. "
        "DTI 2021: Bộ Tài chính duy trì vị trí đứng đầu bảng xếp hạng DTI với giá trị 0,6321. "
        "In DTI 2022, Quang Ngai ranks 17/63, an increase of 34 positions from 2021.",
        {("Thái Nguyên", "SIPAS", 2024, "score", 90.23), ("Thái Nguyên", "SIPAS", 2024, "rank", 2.0),
         ("Bộ Tài chính", "DTI", 2021, "rank", 1.0), ("Bộ Tài chính", "DTI", 2021, "score", 0.6321),
         ("Quảng Ngãi", "DTI", 2022, "rank", 17.0), ("Quảng Ngãi", "DTI", 2022, "rank_change", 34.0)}),
    "'N out of 100 points', 'earned', 'reported', 'đạt tổng số', 'steps'; 'the bank' is the bank named before": (
        "The State Bank of Vietnam (SBV) ranked first in the PAR Index in 2019 with 95.4 out of 100 points. "
        "In 2018, the bank scored 91 percent out of 100. In 2019, Bac Giang reported 64.47 points in its PCI, and "
        "the ranking decreased by 4 steps on-year. Chỉ số PAPI 2023 của tỉnh Sóc Trăng đạt tổng số 45,6196 điểm.",
        {("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2019, "rank", 1.0),
         ("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2019, "score", 95.4),
         ("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2018, "score", 91.0),
         ("Bắc Giang", "PCI", 2019, "score", 64.47), ("Bắc Giang", "PCI", 2019, "rank_change", -4.0),
         ("Sóc Trăng", "PAPI", 2023, "score", 45.6196)}),
    "a change over a span of years counted in words is no one year's ('trong 2 năm 2022 và 2023')": (
        "Chỉ tính trong 2 năm 2022 và 2023, tỉnh Sóc Trăng đã tăng 47 bậc trên bảng xếp hạng chỉ số PAPI. "
        "Đến năm 2021 và năm 2022, tỉnh Sóc Trăng đã lọt vào nhóm thứ nhất chỉ số PAPI.",
        {("Sóc Trăng", "PAPI", 2021, "band", "1"), ("Sóc Trăng", "PAPI", 2022, "band", "1")}),
    "several positions named before several places pair in order ('Xếp thứ 2 và thứ 3 … là A và B')": (
        "Xếp thứ 2 và thứ 3 về chỉ số PAPI 2024 là Tây Ninh (47,35 điểm) và Bình Thuận (47,13 điểm). "
        "In PAPI 2022, ranked 2nd and 3rd are Binh Duong and Thanh Hoa.",
        {("Tây Ninh", "PAPI", 2024, "rank", 2.0), ("Bình Thuận", "PAPI", 2024, "rank", 3.0),
         ("Tây Ninh", "PAPI", 2024, "score", 47.35), ("Bình Thuận", "PAPI", 2024, "score", 47.13),
         ("Bình Dương", "PAPI", 2022, "rank", 2.0), ("Thanh Hóa", "PAPI", 2022, "rank", 3.0)}),
    "a group said to include places gives each its band ('nhóm thấp nhất gồm các tỉnh A, B', 'includes')": (
        "In PAPI 2022, the last group includes the provinces of Cao Bang, Tay Ninh and Dien Bien. "
        "Theo PAPI 2021, nhóm thấp nhất gồm các tỉnh Lâm Đồng, Bình Phước.",
        {("Cao Bằng", "PAPI", 2022, "band", "4"), ("Tây Ninh", "PAPI", 2022, "band", "4"),
         ("Điện Biên", "PAPI", 2022, "band", "4"), ("Lâm Đồng", "PAPI", 2021, "band", "4"),
         ("Bình Phước", "PAPI", 2021, "band", "4")}),
    "English ranks 'the 3rd out of 63', 'No. 13' (whose dot ends no sentence), changes in 'levels'": (
        "In 2021, Hung Yen had a SIPAS of 82.79%, ranking the 3rd out of 63, up 2 levels as compared to 2020. "
        "In the PCI 2019, Binh Duong province ranked No. 13.",
        {("Hưng Yên", "SIPAS", 2021, "score", 82.79), ("Hưng Yên", "SIPAS", 2021, "rank", 3.0),
         ("Hưng Yên", "SIPAS", 2021, "rank_change", 2.0), ("Bình Dương", "PCI", 2019, "rank", 13.0)}),
    "a rank out of its field in brackets after a place is that place's ('Bắc Giang (xếp thứ 2/63)')": (
        "Theo PCI 2022, chỉ có Bắc Giang (xếp thứ 2/63) có điểm số cao hơn.",
        {("Bắc Giang", "PCI", 2022, "rank", 2.0)}),
    "'24th in 2022', 'is the second locality', 'tăng thứ hạng 11 bậc', 'grades'": (
        "In the PCI, Phu Tho was 24th in 2022 with 63.66 points. In PCI 2023, Long An is the second locality, "
        "with 70.94 points. Năm 2017, PCI của Ninh Thuận tăng thứ hạng 11 bậc so với năm 2016. "
        "In PAPI 2016, Dak Nong rose 24 grades.",
        {("Phú Thọ", "PCI", 2022, "rank", 24.0), ("Phú Thọ", "PCI", 2022, "score", 63.66),
         ("Long An", "PCI", 2023, "rank", 2.0), ("Long An", "PCI", 2023, "score", 70.94),
         ("Ninh Thuận", "PCI", 2017, "rank_change", 11.0), ("Đắk Nông", "PAPI", 2016, "rank_change", 24.0)}),
    "English changes 'dropping 13 places', 'climbing one place', 'up 1.7 compared to 2023'": (
        "In the PCI 2022, HCM City ranked 27th, dropping 13 places. In the PAR Index 2024, Hai Phong topped the "
        "ranking, climbing one place from 2023. In the PCI 2024, Long An scored 71.2 points, up 1.7 compared to 2023.",
        {("Hồ Chí Minh", "PCI", 2022, "rank", 27.0), ("Hồ Chí Minh", "PCI", 2022, "rank_change", -13.0),
         ("Hải Phòng", "PAR_INDEX", 2024, "rank", 1.0), ("Hải Phòng", "PAR_INDEX", 2024, "rank_change", 1.0),
         ("Long An", "PCI", 2024, "score", 71.2), ("Long An", "PCI", 2024, "score_change", 1.7)}),
    "'đạt 100%' in an index article is a coverage claim, not the index's score": (
        "Năm 2020, chỉ số ICT Index của Vĩnh Long xếp thứ 20/63; tỷ lệ cơ quan có trang thông tin điện tử đạt 100%.",
        {("Vĩnh Long", "ICT_INDEX", 2020, "rank", 20.0)}),
    "a band in curly quotes, 'N out of 100' without unit, 'two places higher', 'tiếp theo đó là'": (
        "Năm 2020, PCI của An Giang thuộc nhóm điều hành “khá”. In PCI 2020, Long An ranked third with 70.37 out "
        "of 100. In PCI 2021, Kien Giang ranked 22nd, two places higher than a year ago. PCI 2017: Quảng Ninh "
        "dẫn đầu, tiếp theo đó là Đà Nẵng.",
        {("An Giang", "PCI", 2020, "band", "Khá"), ("Long An", "PCI", 2020, "rank", 3.0),
         ("Long An", "PCI", 2020, "score", 70.37), ("Kiên Giang", "PCI", 2021, "rank", 22.0),
         ("Kiên Giang", "PCI", 2021, "rank_change", 2.0), ("Quảng Ninh", "PCI", 2017, "rank", 1.0),
         ("Đà Nẵng", "PCI", 2017, "rank", 2.0)}),
    "a percentage said of an index scored in points is a share, not its score": (
        "PCI 2023: Đồng bằng sông Hồng dẫn đầu về số tỉnh trong nhóm đầu, tiếp theo là vùng Đồng bằng sông Cửu "
        "Long (61,5%). Năm 2023, PCI của Long An đạt 71,5 điểm.",
        {("Long An", "PCI", 2023, "score", 71.5)}),
    "'xếp đầu tiên là', 'ngôi \"quán quân\" … thuộc về', 'Sau đó là', 'came in second'": (
        "PAR INDEX 2023 xếp đầu tiên là Quảng Ninh, tiếp đó là Hải Phòng. Năm 2023, ngôi \"quán quân\" PCI tiếp "
        "tục thuộc về tỉnh Quảng Ninh. PAR INDEX 2015: Đà Nẵng đứng đầu. Sau đó là Hải Phòng, Đồng Nai. "
        "In the PCI 2024, Quang Ninh came in second with 73.2 points.",
        {("Quảng Ninh", "PAR_INDEX", 2023, "rank", 1.0), ("Hải Phòng", "PAR_INDEX", 2023, "rank", 2.0),
         ("Quảng Ninh", "PCI", 2023, "rank", 1.0), ("Đà Nẵng", "PAR_INDEX", 2015, "rank", 1.0),
         ("Hải Phòng", "PAR_INDEX", 2015, "rank", 2.0), ("Đồng Nai", "PAR_INDEX", 2015, "rank", 3.0),
         ("Quảng Ninh", "PCI", 2024, "rank", 2.0), ("Quảng Ninh", "PCI", 2024, "score", 73.2)}),
    "a report on two indices goes on about the first; a part scored out of its own share is no index score": (
        "Ban Chỉ đạo công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX) và Chỉ số hài lòng năm 2023 (SIPAS). "
        "Theo đó, Nam Định đạt 87,32%, xếp thứ 29/63 tỉnh, thành phố. Nội dung thẩm định đạt 54,2/61,5 điểm. "
        "VCCI công bố Chỉ số PCI và Chỉ số Xanh cấp tỉnh (PGI) năm 2023. Theo đó, Phú Thọ đạt 69,10 điểm. "
        "Về PCI 2021, tỉnh Sơn La (xếp hạng 46) và tỉnh Lai Châu (hạng 56) đều tăng điểm.",
        {("Nam Định", "PAR_INDEX", 2023, "score", 87.32), ("Nam Định", "PAR_INDEX", 2023, "rank", 29.0),
         ("Phú Thọ", "PCI", 2023, "score", 69.1), ("Sơn La", "PCI", 2021, "rank", 46.0),
         ("Lai Châu", "PCI", 2021, "rank", 56.0)}),
    "having the highest index is the first place; its value in brackets is the score": (
        "Năm 2020, Ngân hàng Nhà nước là đơn vị có Chỉ số cải cách hành chính cao nhất (95,88%) trong 17 bộ. "
        "In the PAR Index 2017, the State Bank of Vietnam had the highest index score of 92.36%.",
        {("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2020, "rank", 1.0),
         ("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2020, "score", 95.88),
         ("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2017, "rank", 1.0),
         ("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2017, "score", 92.36)}),
    "a total below any the index has given is a sub-index's score": (
        "In the PCI 2019, the informal charge index of Binh Duong was 6.11 points; its PCI was 65.72 points.",
        {("Bình Dương", "PCI", 2019, "score", 65.72)}),
    "a group defined, then its members listed, is each member's band; the definition alone is nobody's": (
        "Năm 2019 Chỉ số CCHC các bộ có 02 nhóm: Nhóm A đạt kết quả Chỉ số CCHC trên 90% gồm 03 đơn vị là "
        "Ngân hàng Nhà nước Việt Nam, Bộ Tài chính và Bộ Tư pháp; Nhóm B, đạt kết quả Chỉ số CCHC từ trên 80% "
        "đến dưới 90%, gồm 2 đơn vị: Bộ Ngoại giao; Bộ Nội vụ.",
        {("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2019, "band", "A"), ("Bộ Tài chính", "PAR_INDEX", 2019, "band", "A"),
         ("Bộ Tư pháp", "PAR_INDEX", 2019, "band", "A"), ("Bộ Ngoại giao", "PAR_INDEX", 2019, "band", "B"),
         ("Bộ Nội vụ", "PAR_INDEX", 2019, "band", "B")}),
    "a province's rank is not the region's it leads; leading a region is no national rank": (
        "Chỉ số PCI 2019 của tỉnh Nghệ An dẫn đầu khu vực Bắc Trung bộ, đứng thứ 18 cả nước. "
        "In SIPAS 2020, Quang Ninh continued to stay atop at 95.76%.",
        {("Nghệ An", "PCI", 2019, "rank", 18.0), ("Quảng Ninh", "SIPAS", 2020, "rank", 1.0),
         ("Quảng Ninh", "SIPAS", 2020, "score", 95.76)}),
    "a streak that names its years gives each of them ('3 năm liên tiếp (2020-2022)')": (
        "Đà Nẵng tiếp tục giữ vững vị trí dẫn đầu DTI 3 năm liên tiếp (2020-2022). "
        "Quảng Ninh năm thứ 5 liên tiếp dẫn đầu PCI 2021.",
        {("Đà Nẵng", "DTI", 2020, "rank", 1.0), ("Đà Nẵng", "DTI", 2021, "rank", 1.0),
         ("Đà Nẵng", "DTI", 2022, "rank", 1.0), ("Quảng Ninh", "PCI", 2021, "rank", 1.0),
         ("Quảng Ninh", "PCI", 2020, "rank", 1.0)}),
    "'Nếu như <index> năm 2021 …, thì đến năm 2022 …' contrasts two years; a ranked list may name its index": (
        "Nếu như Chỉ số PAPI năm 2021 của Bắc Kạn được xếp vào nhóm trung bình thấp với 42,16 điểm, đứng thứ "
        "34/63 tỉnh, thành phố, thì đến năm 2022 Chỉ số PAPI của tỉnh tăng 4 bậc. 3 vị trí dẫn đầu Chỉ số SIPAS "
        "năm 2023 lần lượt thuộc về tỉnh Quảng Ninh, tỉnh Thái Nguyên và tỉnh Hải Dương. Điểm tổng hợp PAPI "
        "trung bình chung các tỉnh/thành phố năm 2022 đạt 42,34 điểm.",
        {("Bắc Kạn", "PAPI", 2021, "band", "3"), ("Bắc Kạn", "PAPI", 2021, "score", 42.16),
         ("Bắc Kạn", "PAPI", 2021, "rank", 34.0), ("Bắc Kạn", "PAPI", 2022, "rank_change", 4.0),
         ("Quảng Ninh", "SIPAS", 2023, "rank", 1.0), ("Thái Nguyên", "SIPAS", 2023, "rank", 2.0),
         ("Hải Dương", "SIPAS", 2023, "rank", 3.0), ("Việt Nam", "PAPI", 2022, "score", 42.34)}),
    "a band said of a list of places is each one's": (
        "Theo PAPI 2024, Cần Thơ, Kon Tum, Kiên Giang nằm trong nhóm cuối cùng. "
        "In PAPI 2023, Son La is in the group with a high average score.",
        {("Cần Thơ", "PAPI", 2024, "band", "4"), ("Kon Tum", "PAPI", 2024, "band", "4"),
         ("Kiên Giang", "PAPI", 2024, "band", "4"), ("Sơn La", "PAPI", 2023, "band", "2")}),
    "'nếu như năm 2018 …, thì năm 2022 …' contrasts two results, it is no what-if": (
        "Nếu như năm 2018, Bắc Kạn đứng thứ 60, năm 2021 đứng thứ 48, thì năm 2022 tỉnh đã vươn lên thứ hạng "
        "35/63 về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).",
        {("Bắc Kạn", "PCI", 2018, "rank", 60.0), ("Bắc Kạn", "PCI", 2021, "rank", 48.0),
         ("Bắc Kạn", "PCI", 2022, "rank", 35.0)}),
    "'followed by the runner-up, X' ranks X second; a list may name places with a few words before each": (
        "Da Nang topped the ICT Index 2020 with 0.9238, followed by the runner-up - neighbouring Thua Thien-Hue "
        "province (0.8147), followed by the Mekong Delta city of Can Tho (0.6845).",
        {("Đà Nẵng", "ICT_INDEX", 2020, "rank", 1.0), ("Đà Nẵng", "ICT_INDEX", 2020, "score", 0.9238),
         ("Thừa Thiên Huế", "ICT_INDEX", 2020, "rank", 2.0), ("Thừa Thiên Huế", "ICT_INDEX", 2020, "score", 0.8147),
         ("Cần Thơ", "ICT_INDEX", 2020, "rank", 3.0), ("Cần Thơ", "ICT_INDEX", 2020, "score", 0.6845)}),
    "the biggest rise and fall name their place, the change in brackets": (
        "Năm 2023, chỉ số PAR INDEX của các bộ: tăng cao nhất là Bộ Ngoại giao (+5,83%), "
        "giảm nhiều nhất là Bộ Kế hoạch và Đầu tư (-5,31%).",
        {("Bộ Ngoại giao", "PAR_INDEX", 2023, "score_change", 5.83),
         ("Bộ Kế hoạch và Đầu tư", "PAR_INDEX", 2023, "score_change", -5.31)}),
    "English: 'X is third', 'averaged' is the nation's figure": (
        "In the PCI 2022, Hai Phong is third with a score of 70.76. The 2024 SIPAS averaged 83.94 percent.",
        {("Hải Phòng", "PCI", 2022, "rank", 3.0), ("Hải Phòng", "PCI", 2022, "score", 70.76),
         ("Việt Nam", "SIPAS", 2024, "score", 83.94)}),
    "Thừa Thiên Huế is called Huế in results for 2025 or ranked out of 34, by its old name before": (
        "Năm 2024, Thừa Thiên Huế xếp thứ 2/34 về chỉ số DTI. Năm 2019, PCI của Thừa Thiên Huế xếp thứ 9/63.",
        {("Huế", "DTI", 2024, "rank", 2.0), ("Thừa Thiên Huế", "PCI", 2019, "rank", 9.0)}),
    "a baseline may be 'so với kết quả năm 2019'; a year may follow a value's unit": (
        "Bình Dương tăng 2,78 điểm PCI so với kết quả năm 2019. "
        "Hà Tĩnh đã vươn lên với 67,18 điểm PCI trong năm 2022.",
        {("Bình Dương", "PCI", 2020, "score_change", 2.78), ("Hà Tĩnh", "PCI", 2022, "score", 67.18)}),
    "a bracket may give a place its score and its rank; stated ranks end a 'tiếp theo là' list": (
        "PCI 2020 của Đồng Tháp đứng đầu, tiếp theo là Long An (70,37 điểm, hạng 3), Vĩnh Long (69,34 điểm, hạng 6).",
        {("Đồng Tháp", "PCI", 2020, "rank", 1.0), ("Long An", "PCI", 2020, "score", 70.37),
         ("Long An", "PCI", 2020, "rank", 3.0), ("Vĩnh Long", "PCI", 2020, "score", 69.34),
         ("Vĩnh Long", "PCI", 2020, "rank", 6.0)}),
    "an index the extractor does not report keeps its figures from passing for one it does": (
        "Năm 2022, PCI của tỉnh Ninh Bình xếp thứ 44/63. Về Chỉ số xanh cấp tỉnh (PGI), Ninh Bình đạt 13,43 điểm, "
        "xếp thứ 54/63.",
        {("Ninh Bình", "PCI", 2022, "rank", 44.0)}),
    "a score change and a rank change share one verb": (
        "Năm 2021, PAR INDEX của tỉnh Hà Tĩnh đạt 85,5%, giảm 3,3 điểm và 8 bậc so với năm 2020. "
        "PCI 2022 của Bắc Giang cải thiện 29 bậc và 8,06 điểm so với PCI 2021.",
        {("Hà Tĩnh", "PAR_INDEX", 2021, "score", 85.5), ("Hà Tĩnh", "PAR_INDEX", 2021, "score_change", -3.3),
         ("Hà Tĩnh", "PAR_INDEX", 2021, "rank_change", -8.0), ("Bắc Giang", "PCI", 2022, "rank_change", 29.0),
         ("Bắc Giang", "PCI", 2022, "score_change", 8.06)}),
    "an English change may be a noun ('an increase of', 'an 8.6% increase')": (
        "In 2023, Hai Duong's PCI reached 68.68 points, an increase of 3.46 points. "
        "At the national level, Vietnam's 2024 DTI score reached 0.7955, marking an 8.6% increase from 2023.",
        {("Hải Dương", "PCI", 2023, "score", 68.68), ("Hải Dương", "PCI", 2023, "score_change", 3.46),
         ("Việt Nam", "DTI", 2024, "score", 0.7955), ("Việt Nam", "DTI", 2024, "score_change", 8.6)}),
    "the nation's figure has no rank change; a world ranking's change is not read": (
        "Theo đó, ở cấp quốc gia, chỉ số DTI năm 2024 đạt 0,7955. Vietnam climbed 15 positions to reach "
        "71st out of 193 countries.",
        {("Việt Nam", "DTI", 2024, "score", 0.7955)}),
    "a scale's maximum is not a score": (
        "The national DTI in 2024 has a total score of 1,000, of which Digital Government has 400 points.",
        set()),
    "respectively pairs places with positions": (
        "Năm 2022, TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3 về chỉ số DTI.",
        {("Hồ Chí Minh", "DTI", 2022, "rank", 2.0), ("Quảng Ninh", "DTI", 2022, "rank", 3.0)}),
    "places listed in order take a run of ranks ('lần lượt từ vị trí thứ tư đến thứ sáu')": (
        "Năm 2023, Bắc Giang, Đồng Tháp và Bà Rịa - Vũng Tàu xếp lần lượt từ vị trí thứ tư đến thứ sáu trong bảng "
        "xếp hạng PCI.",
        {("Bắc Giang", "PCI", 2023, "rank", 4.0), ("Đồng Tháp", "PCI", 2023, "rank", 5.0),
         ("Bà Rịa - Vũng Tàu", "PCI", 2023, "rank", 6.0)}),
    "'lần lượt chiếm 3 vị trí đầu tiên' and 'ranked first through fifth respectively' start the run at one": (
        "Kết quả Chỉ số PCI 2022: Quảng Ninh, Hải Phòng và Long An lần lượt chiếm 3 vị trí đầu tiên. In the DTI "
        "2024, Hanoi, Hue and Hai Phong ranked first through third respectively.",
        {("Quảng Ninh", "PCI", 2022, "rank", 1.0), ("Hải Phòng", "PCI", 2022, "rank", 2.0),
         ("Long An", "PCI", 2022, "rank", 3.0), ("Hà Nội", "DTI", 2024, "rank", 1.0),
         ("Thừa Thiên Huế", "DTI", 2024, "rank", 2.0), ("Hải Phòng", "DTI", 2024, "rank", 3.0)}),
    "a run of ranks with fewer places than ranks is no one's": (
        "Trong PCI 2023, Long An và Đồng Tháp lần lượt giữ các vị trí từ thứ 2 đến thứ 4.",
        set()),
    "a list 'kế tiếp là' goes on below the places the paragraph has already ranked": (
        "Năm 2022, tỉnh Bình Dương đạt tổng điểm PAPI 47,4488 điểm, đứng thứ 2 cả nước. Tỉnh Quảng Ninh đứng thứ "
        "nhất với 47,8763 điểm, kế tiếp là các tỉnh: Thanh Hóa, Ninh Thuận.",
        {("Bình Dương", "PAPI", 2022, "score", 47.4488), ("Bình Dương", "PAPI", 2022, "rank", 2.0),
         ("Quảng Ninh", "PAPI", 2022, "rank", 1.0), ("Quảng Ninh", "PAPI", 2022, "score", 47.8763),
         ("Thanh Hóa", "PAPI", 2022, "rank", 3.0), ("Ninh Thuận", "PAPI", 2022, "rank", 4.0)}),
    "a list of places each followed by its place ('Sở Xây dựng thứ 18, …'); 'xếp cuối 7/7' is the last of seven": (
        "Chỉ số CCHC năm 2022 của tỉnh Tuyên Quang: Sở Y tế vị trí cuối cùng - thứ 19, Sở Xây dựng thứ 18, Sở Tư "
        "pháp thứ 17. Huyện Yên Sơn năm 2021 xếp cuối 7/7 huyện, thành phố.",
        {("Sở Y tế", "PAR_INDEX", 2022, "rank", 19.0), ("Sở Xây dựng", "PAR_INDEX", 2022, "rank", 18.0),
         ("Sở Tư pháp", "PAR_INDEX", 2022, "rank", 17.0), ("huyện Yên Sơn", "PAR_INDEX", 2021, "rank", 7.0)}),
    "'Ranked 4th to 10th are the following units:' and 'xếp từ thứ 4 đến thứ 6 lần lượt là' start at the first rank": (
        "In the 2023 PAR INDEX of Nghe An's departments, ranked 4th to 10th are the following units: Department of "
        "Education and Training (88.52 points). Chỉ số CCHC năm 2023 các sở: xếp từ thứ 4 đến thứ 5 lần lượt là "
        "các đơn vị: Sở Tư pháp, Sở Y tế, Sở Xây dựng.",
        {("Sở Giáo dục và Đào tạo", "PAR_INDEX", 2023, "rank", 4.0),
         ("Sở Giáo dục và Đào tạo", "PAR_INDEX", 2023, "score", 88.52),
         ("Sở Tư pháp", "PAR_INDEX", 2023, "rank", 4.0), ("Sở Y tế", "PAR_INDEX", 2023, "rank", 5.0)}),
    "a score after 'số điểm là', 'tổng số điểm', 'tổng điểm là'; a scale ('Tổng điểm 100', 'thang điểm 1.000') is none": (
        "Chỉ số DTI năm 2022 được chấm trên thang điểm 1.000. UBND phường Phúc Thành đứng thứ 1 với số điểm là "
        "385,641. Chỉ số CCHC năm 2021 có tổng điểm 100; huyện Krông Ana dẫn đầu với tổng số điểm 87,76.",
        {("phường Phúc Thành", "DTI", 2022, "rank", 1.0), ("phường Phúc Thành", "DTI", 2022, "score", 385.641),
         ("huyện Krông Ana", "PAR_INDEX", 2021, "rank", 1.0), ("huyện Krông Ana", "PAR_INDEX", 2021, "score", 87.76)}),
    "departments named in English news: the Office of the Provincial People's Committee, the Provincial Inspectorate": (
        "In 2022, the PAR index of the Office of the Provincial People's Committee was 93.52% and the Provincial "
        "Inspector ranked second with 93.16%.",
        {("Văn phòng UBND tỉnh", "PAR_INDEX", 2022, "score", 93.52), ("Thanh tra tỉnh", "PAR_INDEX", 2022, "rank", 2.0),
         ("Thanh tra tỉnh", "PAR_INDEX", 2022, "score", 93.16)}),
    "'Nhóm các địa phương tiếp theo là …' is the next group, in no order": (
        "Tỉnh Quảng Ninh dẫn đầu cả nước về SIPAS năm 2019. Nhóm các địa phương tiếp theo là Hải Phòng, Cà Mau, "
        "Hưng Yên.",
        {("Quảng Ninh", "SIPAS", 2019, "rank", 1.0)}),
    "a place the sentence ranks itself ends a 'followed by' list": (
        "In the DTI for 2024, Hanoi leads the country, followed by Hue City in second place, and then Hai Phong.",
        {("Hà Nội", "DTI", 2024, "rank", 1.0), ("Thừa Thiên Huế", "DTI", 2024, "rank", 2.0)}),
    "a numbered list of bodies under a ranking's heading, an unknown name keeping its number": (
        "Top 10 xếp hạng DTI năm 2020 cấp Bộ có cung cấp các dịch vụ công\n\n 1. Bộ Tài chính\n 2. Ngân hàng Nhà "
        "nước\n 3. Bộ Kế hoạch và Đầu tư\n 4. Bảo hiểm Y tế\n 5. Bộ Công thương\n 6. Bộ Xây dựng",
        {("Bộ Tài chính", "DTI", 2020, "rank", 1.0), ("Ngân hàng Nhà nước Việt Nam", "DTI", 2020, "rank", 2.0),
         ("Bộ Kế hoạch và Đầu tư", "DTI", 2020, "rank", 3.0), ("Bộ Công Thương", "DTI", 2020, "rank", 5.0),
         ("Bộ Xây dựng", "DTI", 2020, "rank", 6.0)}),
    "a rank 'trong bảng xếp hạng <index>' is that index's, whatever topic the clause opened with": (
        "Về xây dựng chính quyền số, Lào Cai giữ vị trí thứ 11 trong bảng xếp hạng chỉ số cải cách hành chính năm "
        "2022 và đứng thứ 9 trong bảng xếp hạng về chỉ số hài lòng của người dân năm 2022 (SIPAS).",
        {("Lào Cai", "PAR_INDEX", 2022, "rank", 11.0), ("Lào Cai", "SIPAS", 2022, "rank", 9.0)}),
    "'chỉ số và xếp hạng cải cách hành chính' names the PAR INDEX; a district is stored as '<kind> <name>'": (
        "UBND tỉnh Nghệ An công bố chỉ số và xếp hạng Cải cách hành chính các sở và UBND các huyện năm 2021: Sở "
        "Tài chính đứng thứ nhất với 91,39 điểm; TP Vinh đứng thứ nhất với 84,76 điểm.",
        {("Sở Tài chính", "PAR_INDEX", 2021, "rank", 1.0), ("Sở Tài chính", "PAR_INDEX", 2021, "score", 91.39),
         ("thành phố Vinh", "PAR_INDEX", 2021, "rank", 1.0), ("thành phố Vinh", "PAR_INDEX", 2021, "score", 84.76)}),
    "below the last place a 'tiếp đến là' list climbs; 'được đánh giá cao nhất' is first; 'Sở Giao thông-Vận tải'": (
        "Chỉ số CCHC năm 2022 của các sở: Sở Giao thông-Vận tải được đánh giá cao nhất. Nằm ở vị trí cuối bảng "
        "trong tổng số 20 đơn vị là Ban Dân tộc với 74,31 điểm, tiếp đến là Sở Y tế, Sở Tư pháp.",
        {("Sở Giao thông vận tải", "PAR_INDEX", 2022, "rank", 1.0), ("Ban Dân tộc tỉnh", "PAR_INDEX", 2022, "rank", 20.0),
         ("Ban Dân tộc tỉnh", "PAR_INDEX", 2022, "score", 74.31), ("Sở Y tế", "PAR_INDEX", 2022, "rank", 19.0),
         ("Sở Tư pháp", "PAR_INDEX", 2022, "rank", 18.0)}),
    "a region a province is said to lie in ('một tỉnh thuộc vùng …') is not whose figure it is": (
        "Đứng thứ hai trong bảng xếp hạng PCI 2018 là Đồng Tháp, một tỉnh thuộc vùng Đồng bằng sông Cửu Long, khi "
        "đạt 70,19 điểm.",
        {("Đồng Tháp", "PCI", 2018, "rank", 2.0), ("Đồng Tháp", "PCI", 2018, "score", 70.19)}),
    "'là đơn vị đạt điểm cao nhất', 'tỉnh cao nhất là X' are first places; 'H.Cẩm Mỹ' is a district": (
        "Chỉ số CCHC năm 2022: Sở Ngoại vụ là đơn vị đạt điểm cao nhất (96,90 điểm); UBND H.Cẩm Mỹ là đơn vị có "
        "điểm số cao nhất (91,24 điểm). Năm 2021, Quảng Nam đạt 42,1 điểm PAPI, tỉnh cao nhất là Thừa Thiên Huế.",
        {("Sở Ngoại vụ", "PAR_INDEX", 2022, "rank", 1.0), ("Sở Ngoại vụ", "PAR_INDEX", 2022, "score", 96.9),
         ("huyện Cẩm Mỹ", "PAR_INDEX", 2022, "rank", 1.0), ("huyện Cẩm Mỹ", "PAR_INDEX", 2022, "score", 91.24),
         ("Quảng Nam", "PAPI", 2021, "score", 42.1), ("Thừa Thiên Huế", "PAPI", 2021, "rank", 1.0)}),
    "a body named in a bracket aside is not whose figure stands outside it": (
        "The Department of Transport (now the Department of Construction) ranks first with a PAR index of 93.08% "
        "in 2024.",
        {("Sở Giao thông vận tải", "PAR_INDEX", 2024, "rank", 1.0), ("Sở Giao thông vận tải", "PAR_INDEX", 2024, "score", 93.08)}),
    "a 'change' as large as any score the index gives is the score it moved to ('tăng lên 45,85 điểm')": (
        "Năm 2019, Chỉ số PAPI của Quảng Bình tăng lên 45,85 điểm, tăng 0,5 điểm so với năm 2018.",
        {("Quảng Bình", "PAPI", 2019, "score", 45.85), ("Quảng Bình", "PAPI", 2019, "score_change", 0.5)}),
    "'4 vị trí tiếp theo thuộc về A, B …' continues the ranking; 'đạt chỉ số 87,02%' is a score": (
        "Bộ Nội vụ dẫn đầu DTI 2023 cấp bộ, 4 vị trí tiếp theo thuộc về Bộ Tài chính, Ngân hàng Nhà nước. Thành phố "
        "Đà Nẵng tiếp tục đứng đầu chỉ số cải cách hành chính năm 2013, đạt chỉ số 87,02%.",
        {("Bộ Nội vụ", "DTI", 2023, "rank", 1.0), ("Bộ Tài chính", "DTI", 2023, "rank", 2.0),
         ("Ngân hàng Nhà nước Việt Nam", "DTI", 2023, "rank", 3.0), ("Đà Nẵng", "PAR_INDEX", 2013, "rank", 1.0),
         ("Đà Nẵng", "PAR_INDEX", 2013, "score", 87.02)}),
    "a ministry's own PAR index of its units: 'Chỉ số theo dõi, đánh giá kết quả cải cách hành chính'": (
        "Bộ Tài chính công bố Chỉ số theo dõi, đánh giá kết quả cải cách hành chính năm 2021 của các đơn vị thuộc "
        "Bộ. Trong khối Tổng cục, Tổng cục Hải quan dẫn đầu với 93,7/100 điểm.",
        {("Tổng cục Hải quan", "PAR_INDEX", 2021, "rank", 1.0), ("Tổng cục Hải quan", "PAR_INDEX", 2021, "score", 93.7)}),
    "'Xếp vị trí thứ 2/63 là X'; 'có Chỉ số CCHC năm 2020 đạt cao nhất'; a decision's number ('số 2001/QĐ') is no year": (
        "Theo Quyết định số 2001/QĐ-UBND, Sở Tài chính Hà Nội có Chỉ số cải cách hành chính năm 2020 đạt cao nhất. "
        "Năm 2024, Xếp vị trí thứ 2/63 về Chỉ số CCHC là tỉnh Bà Rịa - Vũng Tàu.",
        {("Sở Tài chính", "PAR_INDEX", 2020, "rank", 1.0), ("Bà Rịa - Vũng Tàu", "PAR_INDEX", 2024, "rank", 2.0)}),
    "a list in the next paragraph continues the latest year of a place ranked first for years in a row": (
        "Năm 2023, Bộ Kế hoạch và Đầu tư xếp ở vị trí số 1 về DTI. Đây là năm thứ 2 liên tiếp Bộ này dẫn đầu.\n\n"
        "4 vị trí tiếp theo thuộc về Bộ Tài chính, Ngân hàng Nhà nước.",
        {("Bộ Kế hoạch và Đầu tư", "DTI", 2023, "rank", 1.0), ("Bộ Kế hoạch và Đầu tư", "DTI", 2022, "rank", 1.0),
         ("Bộ Tài chính", "DTI", 2023, "rank", 2.0), ("Ngân hàng Nhà nước Việt Nam", "DTI", 2023, "rank", 3.0)}),
    "the index may be named after the figure": (
        "Năm 2024, Hà Nội tăng 4 bậc trong PCI 2024.",
        {("Hà Nội", "PCI", 2024, "rank_change", 4.0)}),
    "a baseline year is not the figure's year": (
        "Chỉ số SIPAS của tỉnh Gia Lai đạt 81,45%, tăng 5 bậc so với năm 2022.",
        {("Gia Lai", "SIPAS", 2023, "score", 81.45), ("Gia Lai", "SIPAS", 2023, "rank_change", 5.0)}),
    "a year written after the value belongs to it": (
        "Chỉ số ICT Index 2018 của tỉnh Lạng Sơn xếp thứ 32/63, vượt lên từ vị trí số 58 năm 2017.",
        {("Lạng Sơn", "ICT_INDEX", 2018, "rank", 32.0), ("Lạng Sơn", "ICT_INDEX", 2017, "rank", 58.0)}),
    "last year is counted from the index's year": (
        "Hà Nội tăng 4 bậc trong PCI 2024, từ vị trí số 28 của năm ngoái lên vị trí thứ 24.",
        {("Hà Nội", "PCI", 2024, "rank_change", 4.0), ("Hà Nội", "PCI", 2023, "rank", 28.0),
         ("Hà Nội", "PCI", 2024, "rank", 24.0)}),
    "a lower bound is not a score": (
        "Năm 2021, chỉ số PAR INDEX của tỉnh Hà Giang đạt trên 83%.",
        set()),
    "a what-if is not a result": (
        "Nếu giữ được mức điểm năm 2019, Lâm Đồng có thể tăng 10 bậc trên bảng xếp hạng PCI 2020.",
        set()),
    "a group description is not a band": (
        "Kết quả PAR INDEX 2015: Nhóm A có chỉ số trên 90%, có 06 tỉnh, thành.",
        set()),
    "the national average is Việt Nam's": (
        "Chỉ số PAR INDEX trung bình của cả nước năm 2015 đạt 85,11%.",
        {("Việt Nam", "PAR_INDEX", 2015, "score", 85.11)}),
    "a place compared with is not the subject": (
        "Năm 2024, Hải Phòng vượt qua những địa phương như Quảng Ninh, Đồng Tháp để vươn lên vị trí số 1 về PCI.",
        {("Hải Phòng", "PCI", 2024, "rank", 1.0)}),
    "'tiếp theo là' is the next position": (
        "Năm 2022, tỉnh Quảng Ninh đứng đầu bảng xếp hạng PAPI 2022. Tiếp theo là tỉnh Bình Dương.",
        {("Quảng Ninh", "PAPI", 2022, "rank", 1.0), ("Bình Dương", "PAPI", 2022, "rank", 2.0)}),
    "English outlets": (
        "The PAR Index of Nghe An province in 2022 ranked 16th out of 63 provinces, increasing by 1 rank.",
        {("Nghệ An", "PAR_INDEX", 2022, "rank", 16.0), ("Nghệ An", "PAR_INDEX", 2022, "rank_change", 1.0)}),
    "rankings out of 34 after the 2025 merger": (
        "Năm 2025, tỉnh Tuyên Quang xếp thứ 12/34 tỉnh, thành phố về chỉ số DTI.",
        {("Tuyên Quang", "DTI", 2025, "rank", 12.0)}),
    "PAPI groups are bands, not ranks": (
        "Chỉ số PAPI năm 2021 của tỉnh Kon Tum đứng đầu nhóm 3.",
        {("Kon Tum", "PAPI", 2021, "band", "3")}),
    "'Top 10' is not a rank": (
        "Top 10 tỉnh, thành phố đứng đầu về DTI 2023 gồm Đà Nẵng, Hà Nội.",
        set()),
    "the national average in brackets is Việt Nam's": (
        "Chỉ số SIPAS năm 2022 của tỉnh Hậu Giang đạt 82,45%, cao hơn mức trung bình của cả nước (80,08%).",
        {("Hậu Giang", "SIPAS", 2022, "score", 82.45), ("Việt Nam", "SIPAS", 2022, "score", 80.08)}),
    "'thấp hơn N điểm so với năm' is a fall": (
        "Năm 2022, PAPI của tỉnh Kon Tum đạt 41,85 điểm, thấp hơn 0,42 điểm so với năm 2021.",
        {("Kon Tum", "PAPI", 2022, "score", 41.85), ("Kon Tum", "PAPI", 2022, "score_change", -0.42)}),
    "'từ vị trí 28 lên vị trí 25': last year's rank and this year's": (
        "So với năm 2021, chỉ số PCI 2022 của tỉnh Bình Phước tăng 3 bậc, từ vị trí 28 lên vị trí 25.",
        {("Bình Phước", "PCI", 2022, "rank_change", 3.0), ("Bình Phước", "PCI", 2021, "rank", 28.0),
         ("Bình Phước", "PCI", 2022, "rank", 25.0)}),
    "the index's full English name": (
        "The Public Administration Reform Index (PAR Index) 2023 of Quang Nam reached 84.52%, ranking 37th.",
        {("Quảng Nam", "PAR_INDEX", 2023, "score", 84.52), ("Quảng Nam", "PAR_INDEX", 2023, "rank", 37.0)}),
    "'người đứng đầu' is a head of office, not a rank": (
        "Chỉ số PAR INDEX 2023 gắn với trách nhiệm người đứng đầu của tỉnh Hà Nam.",
        set()),
    # -- lists and enumerations ------------------------------------------------------------
    "'followed by' lists the next places in order": (
        "Quang Ninh led the PAR Index 2020. It was followed by Hai Phong, Thua Thien-Hue and Binh Duong.",
        {("Quảng Ninh", "PAR_INDEX", 2020, "rank", 1.0), ("Hải Phòng", "PAR_INDEX", 2020, "rank", 2.0),
         ("Thừa Thiên Huế", "PAR_INDEX", 2020, "rank", 3.0), ("Bình Dương", "PAR_INDEX", 2020, "rank", 4.0)}),
    "'tiếp theo là' lists carry their figures along": (
        "PAPI 2019: Bến Tre dẫn đầu với 46,74 điểm, tiếp theo là Đồng Tháp (46,72 điểm), Quảng Ninh (46,66 điểm).",
        {("Bến Tre", "PAPI", 2019, "rank", 1.0), ("Bến Tre", "PAPI", 2019, "score", 46.74),
         ("Đồng Tháp", "PAPI", 2019, "rank", 2.0), ("Đồng Tháp", "PAPI", 2019, "score", 46.72),
         ("Quảng Ninh", "PAPI", 2019, "rank", 3.0), ("Quảng Ninh", "PAPI", 2019, "score", 46.66)}),
    "'sau X là' ranks below X": (
        "Năm 2019, Quảng Ninh xếp thứ nhất về PAR INDEX. Sau Quảng Ninh là Hà Nội với 84,64 điểm, Đồng Tháp với 84,43 điểm.",
        {("Quảng Ninh", "PAR_INDEX", 2019, "rank", 1.0), ("Hà Nội", "PAR_INDEX", 2019, "rank", 2.0),
         ("Hà Nội", "PAR_INDEX", 2019, "score", 84.64), ("Đồng Tháp", "PAR_INDEX", 2019, "rank", 3.0),
         ("Đồng Tháp", "PAR_INDEX", 2019, "score", 84.43)}),
    "'A, B ranked after X' ranks the list before it": (
        "Quang Ninh topped the SIPAS 2020. Hai Phong, Bac Giang and Hai Duong ranked after Quang Ninh.",
        {("Quảng Ninh", "SIPAS", 2020, "rank", 1.0), ("Hải Phòng", "SIPAS", 2020, "rank", 2.0),
         ("Bắc Giang", "SIPAS", 2020, "rank", 3.0), ("Hải Dương", "SIPAS", 2020, "rank", 4.0)}),
    "a continuation takes the index its sentence names": (
        "Năm 2020, Quảng Ninh dẫn đầu PAR INDEX và SIPAS. Về PAR INDEX, Quảng Ninh was followed by Hải Phòng.",
        {("Quảng Ninh", "PAR_INDEX", 2020, "rank", 1.0), ("Quảng Ninh", "SIPAS", 2020, "rank", 1.0),
         ("Hải Phòng", "PAR_INDEX", 2020, "rank", 2.0)}),
    "'theo thứ tự là:' ranks the list in order": (
        "Năm 2020, 10 tỉnh có PCI dẫn đầu bảng xếp hạng theo thứ tự là: Quảng Ninh, Đồng Tháp, Long An.",
        {("Quảng Ninh", "PCI", 2020, "rank", 1.0), ("Đồng Tháp", "PCI", 2020, "rank", 2.0),
         ("Long An", "PCI", 2020, "rank", 3.0)}),
    "a figure in brackets after a place is that place's": (
        "Về DTI 2020, Thanh Hóa xếp trên Hà Nội (thứ 43), Nghệ An (thứ 36). PAPI 2020: Hải Phòng (46,961).",
        {("Hà Nội", "DTI", 2020, "rank", 43.0), ("Nghệ An", "DTI", 2020, "rank", 36.0),
         ("Hải Phòng", "PAPI", 2020, "score", 46.961)}),
    "a score past the index's scale was read with the wrong separator": (
        "In the PAPI 2021, Thua Thien Hue led with 48,095 points. Chỉ số DTI 2021 của Hà Nam đạt 45,12.",
        {("Thừa Thiên Huế", "PAPI", 2021, "rank", 1.0), ("Thừa Thiên Huế", "PAPI", 2021, "score", 48.095)}),
    "a rank held again in so many words is also last year's": (
        "Năm 2022, Đà Nẵng có năm thứ 3 liên tiếp dẫn đầu DTI. Quang Ninh tops the SIPAS 2021 ranking for three "
        "consecutive years.",
        {("Đà Nẵng", "DTI", 2022, "rank", 1.0), ("Đà Nẵng", "DTI", 2021, "rank", 1.0),
         ("Quảng Ninh", "SIPAS", 2021, "rank", 1.0), ("Quảng Ninh", "SIPAS", 2020, "rank", 1.0)}),
    "rank changes and score changes in words": (
        "In the DTI 2021, Ho Chi Minh City climbed two spots, scoring 0.5872 points, 0.13 points fewer than in 2020. "
        "Năm 2021, PAPI của tỉnh Kon Tum giảm một bậc.",
        {("Hồ Chí Minh", "DTI", 2021, "rank_change", 2.0), ("Hồ Chí Minh", "DTI", 2021, "score", 0.5872),
         ("Hồ Chí Minh", "DTI", 2021, "score_change", -0.13), ("Kon Tum", "PAPI", 2021, "rank_change", -1.0)}),
    "a place listed next is not the figure's subject": (
        "Da Nang topped the ICT Index 2020 with a total score of 0.9238, followed by Thua Thien-Hue.",
        {("Đà Nẵng", "ICT_INDEX", 2020, "rank", 1.0), ("Đà Nẵng", "ICT_INDEX", 2020, "score", 0.9238),
         ("Thừa Thiên Huế", "ICT_INDEX", 2020, "rank", 2.0)}),
    "a list after 'are respectively:' continues below the place named": (
        "Quang Ninh ranked first in the PCI 2021. After Quang Ninh, the remaining positions are respectively: "
        "Hai Phong (70.61 points); Dong Thap (70.53 points).",
        {("Quảng Ninh", "PCI", 2021, "rank", 1.0), ("Hải Phòng", "PCI", 2021, "rank", 2.0),
         ("Hải Phòng", "PCI", 2021, "score", 70.61), ("Đồng Tháp", "PCI", 2021, "rank", 3.0),
         ("Đồng Tháp", "PCI", 2021, "score", 70.53)}),
    "'the first three positions … belonging to A, B and C'": (
        "In the ICT Index 2020, the first 3 positions belong to the Ministry of Finance, Vietnam Social Security "
        "and the Ministry of Justice.",
        {("Bộ Tài chính", "ICT_INDEX", 2020, "rank", 1.0), ("Bảo hiểm xã hội Việt Nam", "ICT_INDEX", 2020, "rank", 2.0),
         ("Bộ Tư pháp", "ICT_INDEX", 2020, "rank", 3.0)}),
    "an ISO date is not the figure's year; 'the central city' is the city named before": (
        "date 2022-08-09 Da Nang topped the DTI rankings for 2021.\n\nThe central city scored 0.6419 points.",
        {("Đà Nẵng", "DTI", 2021, "rank", 1.0), ("Đà Nẵng", "DTI", 2021, "score", 0.6419)}),
    "'từ X lên/xuống Y' is last year's figure and this year's": (
        "PAPI năm 2022 của tỉnh Sơn La tăng từ 40,14 lên 40,87, thứ hạng thăng 7 bậc (từ vị trí 53 lên 46).",
        {("Sơn La", "PAPI", 2022, "score", 40.87), ("Sơn La", "PAPI", 2021, "score", 40.14),
         ("Sơn La", "PAPI", 2022, "rank_change", 7.0), ("Sơn La", "PAPI", 2022, "rank", 46.0),
         ("Sơn La", "PAPI", 2021, "rank", 53.0)}),
    "a year in brackets after a value is that value's": (
        "Năm 2022, chỉ số SIPAS của tỉnh Sơn La giảm từ 90,30% (2021) xuống 82,18%.",
        {("Sơn La", "SIPAS", 2021, "score", 90.3), ("Sơn La", "SIPAS", 2022, "score", 82.18)}),
    "'N năm liên tiếp' is not a position": (
        "Đà Nẵng dẫn đầu DTI 2022, tiếp tục giữ vững vị trí 3 năm liên tiếp.",
        {("Đà Nẵng", "DTI", 2022, "rank", 1.0)}),
    "'xếp hạng nhất' is first": (
        "Năm 2022, Bộ Kế hoạch và Đầu tư xếp hạng nhất về DTI.",
        {("Bộ Kế hoạch và Đầu tư", "DTI", 2022, "rank", 1.0)}),
    "a quoted group is a band": (
        "Năm 2022, chỉ số PAPI của Yên Bái tiếp tục nằm trong nhóm \"Trung bình cao\".",
        {("Yên Bái", "PAPI", 2022, "band", "2")}),
    "'á quân' is second": (
        "Năm 2023, Long An là địa phương giành vị trí á quân trong bảng xếp hạng PCI 2023.",
        {("Long An", "PCI", 2023, "rank", 2.0)}),
    "'Following were A and B' continues the ranking": (
        "Da Nang led the ICT Index 2023. Following were Can Tho and Quang Ninh.",
        {("Đà Nẵng", "ICT_INDEX", 2023, "rank", 1.0), ("Cần Thơ", "ICT_INDEX", 2023, "rank", 2.0),
         ("Quảng Ninh", "ICT_INDEX", 2023, "rank", 3.0)}),
    "list items may carry their figures in words": (
        "Quang Ninh ranked first in the PAR Index 2023, followed by Hai Phong with an index of 91.87 percent, "
        "Ha Noi with 91.43 percent, Bac Giang 91.16 percent.",
        {("Quảng Ninh", "PAR_INDEX", 2023, "rank", 1.0), ("Hải Phòng", "PAR_INDEX", 2023, "rank", 2.0),
         ("Hải Phòng", "PAR_INDEX", 2023, "score", 91.87), ("Hà Nội", "PAR_INDEX", 2023, "rank", 3.0),
         ("Hà Nội", "PAR_INDEX", 2023, "score", 91.43), ("Bắc Giang", "PAR_INDEX", 2023, "rank", 4.0),
         ("Bắc Giang", "PAR_INDEX", 2023, "score", 91.16)}),
    "a ranking of the world's countries is not ours": (
        "Năm 2024, chỉ số DTI của Hà Nội đạt 0,8241; Việt Nam đứng thứ 71/193 quốc gia về chính phủ điện tử.",
        {("Hà Nội", "DTI", 2024, "score", 0.8241)}),
    "a group's definition is not a band": (
        "Kết quả PAR INDEX 2024 được phân theo 2 nhóm. Nhóm A, đạt kết quả Chỉ số từ 90% trở lên, gồm 13 tỉnh.",
        set()),
    "the nation named as 'cả nước là'": (
        "Năm 2024, chỉ số SIPAS của Vĩnh Long đạt 86,58%, trong khi cả nước là 83,94%.",
        {("Vĩnh Long", "SIPAS", 2024, "score", 86.58), ("Việt Nam", "SIPAS", 2024, "score", 83.94)}),
    # -- English positions ------------------------------------------------------------------
    "English positions in words and numbers": (
        "In the PCI 2019, Vinh Long rose to number three, Bac Ninh jumped to fourth position and "
        "Ho Chi Minh City fell to number 14.",
        {("Vĩnh Long", "PCI", 2019, "rank", 3.0), ("Bắc Ninh", "PCI", 2019, "rank", 4.0),
         ("Hồ Chí Minh", "PCI", 2019, "rank", 14.0)}),
    "'respectively' after the values pairs them": (
        "Da Nang and Hanoi remained in the top ten of the PCI 2019, ranking 5th and 9th position respectively.",
        {("Đà Nẵng", "PCI", 2019, "rank", 5.0), ("Hà Nội", "PCI", 2019, "rank", 9.0)}),
    "English component scores are components": (
        "Nghe An's PAPI 2019 score was 44.72 points; transparency is 5.54 points; control of corruption is 6.64 points.",
        {("Nghệ An", "PAPI", 2019, "score", 44.72)}),
    # -- groups, the nation and regions -------------------------------------------------------
    "a PAPI group described by its scores is a band": (
        "Năm 2020, PAPI của Tuyên Quang đứng trong nhóm 16 tỉnh, thành phố có điểm số cao nhất.",
        {("Tuyên Quang", "PAPI", 2020, "band", "1")}),
    "a list of the groups is not a band": (
        "Chỉ số PAPI 2020 được xếp theo 4 nhóm gồm nhóm các tỉnh có điểm cao nhất, nhóm trung bình cao, "
        "nhóm trung bình thấp và nhóm các tỉnh thấp nhất.",
        set()),
    "the nation is never ranked": (
        "Trong bức tranh chung của cả nước, PCI 2019 của tỉnh Hòa Bình đứng thứ 48/63 tỉnh, thành phố.",
        {("Hòa Bình", "PCI", 2019, "rank", 48.0)}),
    "a region's place among regions is neither a national rank nor stored: a rank is among provinces or ministries": (
        "Vùng ĐBSCL không còn giữ vị trí dẫn đầu PCI 2019, điểm số trung bình của vùng xuống vị trí thứ hai.",
        set()),
    "the provinces' average is the national figure": (
        "Chỉ số DTI 2020 cấp tỉnh trung bình là 0,3026.",
        {("Việt Nam", "DTI", 2020, "score", 0.3026)}),
    "the scale of a score is not a score": (
        "Năm 2019, chỉ số PAR INDEX của tỉnh Quảng Ninh đạt 90,09 điểm trên thang điểm 100.",
        {("Quảng Ninh", "PAR_INDEX", 2019, "score", 90.09)}),
    "a year in a later bracket is the bracket's": (
        "In the PAPI 2019, Thua Thien Hue is ranked fifth out of 63 provinces (in 2018, the province was ranked 43/63).",
        {("Thừa Thiên Huế", "PAPI", 2019, "rank", 5.0), ("Thừa Thiên Huế", "PAPI", 2018, "rank", 43.0)}),
    "a bracketed percentage right after a rank is the place's score ('đứng thứ 22/63 (83,38%)')": (
        "Về Chỉ số SIPAS năm 2023, Hải Phòng đứng thứ 1/63 (đạt 88,90%), Đà Nẵng đứng thứ 22/63 (83,38%).",
        {("Hải Phòng", "SIPAS", 2023, "rank", 1.0), ("Hải Phòng", "SIPAS", 2023, "score", 88.9),
         ("Đà Nẵng", "SIPAS", 2023, "rank", 22.0), ("Đà Nẵng", "SIPAS", 2023, "score", 83.38)}),
    "'các vị trí tiếp theo <where> là A, B' continues the ranking after its linking word": (
        "Năm 2023, TP Đà Nẵng đứng thứ nhất ICT Index. Lần lượt giữ các vị trí tiếp theo trên bảng xếp hạng ICT "
        "Index năm 2023 là Cần Thơ, Quảng Ninh.",
        {("Đà Nẵng", "ICT_INDEX", 2023, "rank", 1.0), ("Cần Thơ", "ICT_INDEX", 2023, "rank", 2.0),
         ("Quảng Ninh", "ICT_INDEX", 2023, "rank", 3.0)}),
    "a body's name is known however its parts are joined ('Sở Lao động Thương binh và Xã hội', 'Sở Tài Nguyên "
    "Môi trường')": (
        "Chỉ số CCHC năm 2022 của các sở: Sở Lao động Thương binh và Xã hội thứ 18 và Sở Tài Nguyên Môi trường xếp "
        "thứ 17.",
        {("Sở Lao động - Thương binh và Xã hội", "PAR_INDEX", 2022, "rank", 18.0),
         ("Sở Tài nguyên và Môi trường", "PAR_INDEX", 2022, "rank", 17.0)}),
    "a region a place is said to lie 'in' takes none of its figures ('Dak Nong in the Central Highlands (63 pts)')": (
        "In the PCI 2015, Dak Nong in the Central Highlands (63 pts) lagged behind. Các vị trí tiếp đó lần lượt là "
        "Đồng Tháp, Đà Nẵng.",
        {("Đắk Nông", "PCI", 2015, "score", 63.0)}),
    "'kết quả chấm điểm CCHC' is the PAR INDEX's; a body followed by a bare 'tỉnh' is the province's": (
        "Năm 2023, theo kết quả chấm điểm CCHC của UBND tỉnh, UBND huyện Ia Grai đạt 87,16/100 điểm, đứng thứ 3/17 "
        "huyện, thị xã, thành phố; Ban Quản lý khu kinh tế tỉnh 76,86 điểm.",
        {("huyện Ia Grai", "PAR_INDEX", 2023, "score", 87.16), ("huyện Ia Grai", "PAR_INDEX", 2023, "rank", 3.0),
         ("Ban Quản lý các khu công nghiệp", "PAR_INDEX", 2023, "score", 76.86)}),
    "the average of a province's own units ('Điểm trung bình các ngành', 'của khối Sở … ; …') is no one's": (
        "Chỉ số CCHC năm 2019 của tỉnh Sơn La. Khối các ngành: Sở Tài chính dẫn đầu. Điểm trung bình các ngành đạt "
        "85,76 điểm/100 điểm, tăng 3,27 điểm so với 2018. Kết quả chấm điểm trung bình năm 2019 của khối Sở là 64,75 "
        "điểm; Hội đồng thẩm định là 62,62 điểm. Chỉ số trung bình của các tỉnh là 82,5%.",
        {("Sở Tài chính", "PAR_INDEX", 2019, "rank", 1.0), ("Việt Nam", "PAR_INDEX", 2019, "score", 82.5)}),
    "a streak whose length and years are written ('3 năm liên tiếp từ 2008-2010') is a first place each year": (
        "Báo cáo PCI 2013 được công bố.\n\nĐà Nẵng từng có 3 năm liên tiếp từ 2008-2010 giữ vị trí quán quân PCI.",
        {("Đà Nẵng", "PCI", 2008, "rank", 1.0), ("Đà Nẵng", "PCI", 2009, "rank", 1.0),
         ("Đà Nẵng", "PCI", 2010, "rank", 1.0)}),
    "the groups of one ranking listed 'từ cao xuống thấp' rank on from the group before": (
        "Chỉ số CCHC năm 2016 của các Bộ chia thành hai nhóm: (i) Nhóm có chỉ số trên 80% xếp từ cao xuống thấp bao "
        "gồm Ngân hàng Nhà nước Việt Nam, Bộ Tài chính; (ii) Nhóm có chỉ số dưới 80% xếp từ cao xuống thấp bao gồm "
        "Bộ Nội vụ, Bộ Y tế.",
        {("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2016, "rank", 1.0), ("Bộ Tài chính", "PAR_INDEX", 2016, "rank", 2.0),
         ("Bộ Nội vụ", "PAR_INDEX", 2016, "rank", 3.0), ("Bộ Y tế", "PAR_INDEX", 2016, "rank", 4.0)}),
    "'giữ vững vị trí cao nhất' is first place; a rank in brackets after a place ('(xếp thứ 8 toàn quốc)') is its": (
        "Quảng Ninh tiếp tục giữ vững vị trí cao nhất trong Bảng xếp hạng PCI 2019. Hà Tĩnh xếp thứ 2 sau tỉnh "
        "Thừa Thiên Huế (xếp thứ 8 toàn quốc).",
        {("Quảng Ninh", "PCI", 2019, "rank", 1.0), ("Hà Tĩnh", "PCI", 2019, "rank", 2.0),
         ("Thừa Thiên Huế", "PCI", 2019, "rank", 8.0)}),
    "a unit's satisfaction rate ('hạng nhì, với tỷ lệ hài lòng 94.59%') is its SIPAS rank and score": (
        "Chỉ số hài lòng năm 2021 của các sở: Sở Nội vụ hạng nhì, với tỷ lệ hài lòng 94.59%; huyện Tri Tôn hạng 3, "
        "với tỷ lệ hài lòng 91,59%.",
        {("Sở Nội vụ", "SIPAS", 2021, "rank", 2.0), ("Sở Nội vụ", "SIPAS", 2021, "score", 94.59),
         ("huyện Tri Tôn", "SIPAS", 2021, "rank", 3.0), ("huyện Tri Tôn", "SIPAS", 2021, "score", 91.59)}),
    "a group's members after a long description and 'gồm:' take its band; a share of units is no score": (
        "Chỉ số CCHC năm 2020 của các sở: nhóm A (từ 90 điểm trở lên), có 3 đơn vị chiếm tỷ lệ 70% trong tổng số sở; "
        "tăng 1 đơn vị so với năm 2019, gồm: Sở Nội vụ, Sở Tài chính. Năm 2023, 2 cơ quan xếp hạng ở mức khá gồm: "
        "Sở Tư pháp, Sở Y tế.",
        {("Sở Nội vụ", "PAR_INDEX", 2020, "band", "A"), ("Sở Tài chính", "PAR_INDEX", 2020, "band", "A"),
         ("Sở Tư pháp", "PAR_INDEX", 2023, "band", "Khá"), ("Sở Y tế", "PAR_INDEX", 2023, "band", "Khá")}),
    "a bracket listing earlier places by year ('năm 2014 thứ 28; 2015 thứ 32') gives each year's rank": (
        "Theo báo cáo PCI 2018, tỉnh Nghệ An xếp thứ 19. Đây là vị trí cao nhất của tỉnh (năm 2014 thứ 28; 2015 thứ "
        "32 và 2017 thứ 21).",
        {("Nghệ An", "PCI", 2018, "rank", 19.0), ("Nghệ An", "PCI", 2014, "rank", 28.0),
         ("Nghệ An", "PCI", 2015, "rank", 32.0), ("Nghệ An", "PCI", 2017, "rank", 21.0)}),
    "a province ranks its communes out of more than 100, each place of the list its own rank": (
        "Năm 2023, Chỉ số CCHC của các xã: xã Quảng Thái vị thứ 4/141, xã Quảng Thọ vị thứ 5/141.",
        {("xã Quảng Thái", "PAR_INDEX", 2023, "rank", 4.0), ("xã Quảng Thọ", "PAR_INDEX", 2023, "rank", 5.0)}),
    "a province's ranking of 'ứng dụng CNTT, xây dựng chính quyền điện tử' is of the ICT Index": (
        "Năm 2021, Sở TT&TT dẫn đầu về ứng dụng CNTT, xây dựng chính quyền điện tử. 4 vị trí tiếp theo lần lượt thuộc "
        "về Văn phòng UBND tỉnh, Sở Tài chính.",
        {("Sở Thông tin và Truyền thông", "ICT_INDEX", 2021, "rank", 1.0),
         ("Văn phòng UBND tỉnh", "ICT_INDEX", 2021, "rank", 2.0), ("Sở Tài chính", "ICT_INDEX", 2021, "rank", 3.0)}),
    "a group described after 'tỉnh, thành' and the places it lists after 'như' all hold its band": (
        "Năm 2017, Quảng Bình vẫn nằm trong nhóm 16 tỉnh, thành đạt số điểm cao nhất của cả nước về PAPI như "
        "Bạc Liêu, Cần Thơ. Năm 2023, PAPI của Quảng Nam thuộc nhóm 16 tỉnh, thành đạt điểm trung bình thấp.",
        {("Quảng Bình", "PAPI", 2017, "band", "1"), ("Bạc Liêu", "PAPI", 2017, "band", "1"),
         ("Cần Thơ", "PAPI", 2017, "band", "1"), ("Quảng Nam", "PAPI", 2023, "band", "3")}),
    "the sum of all the sub-indices ('tổng điểm của 10 chỉ số thành phần') is the index's own score": (
        "Năm 2020, tổng điểm của 10 chỉ số thành phần PCI của Đắk Nông đạt 61,96 điểm. Năm 2023, tổng điểm 10 chỉ "
        "số thành phần PCI của Điện Biên là 67,02 điểm.",
        {("Đắk Nông", "PCI", 2020, "score", 61.96), ("Điện Biên", "PCI", 2023, "score", 67.02)}),
    "a rank with its place straight after it ('xếp thứ 2 Ngân hàng Nhà nước') is that place's": (
        "Kết quả Chỉ số CCHC 2013, Bộ GTVT đứng đầu (đạt 81,06%), xếp thứ 2 Ngân hàng Nhà nước (đạt 80,38%). "
        "Năm 2022, Chỉ số DTI các xã: UBND phường Phúc Thành đứng thứ 1 với 385,641 điểm; xếp thứ 2 UBND phường "
        "Đông Thành với số điểm 373,591.",
        {("Bộ Giao thông vận tải", "PAR_INDEX", 2013, "rank", 1.0),
         ("Bộ Giao thông vận tải", "PAR_INDEX", 2013, "score", 81.06),
         ("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2013, "rank", 2.0),
         ("Ngân hàng Nhà nước Việt Nam", "PAR_INDEX", 2013, "score", 80.38),
         ("phường Phúc Thành", "DTI", 2022, "rank", 1.0), ("phường Phúc Thành", "DTI", 2022, "score", 385.641),
         ("phường Đông Thành", "DTI", 2022, "rank", 2.0), ("phường Đông Thành", "DTI", 2022, "score", 373.591)}),
    "an index named in a bracket with figures of its own does not name the figures after the bracket": (
        "Năm 2019, Chỉ số CCHC của tỉnh Lào Cai đạt 82,85 điểm (Chỉ số SIPAS: 8,30 điểm), xếp thứ 15/63. "
        "Năm 2020, Chỉ số CCHC của tỉnh Yên Bái đạt 84,1 điểm (trong đó PCI: 65 điểm), xếp thứ 20/63.",
        {("Lào Cai", "PAR_INDEX", 2019, "score", 82.85), ("Lào Cai", "PAR_INDEX", 2019, "rank", 15.0),
         ("Yên Bái", "PAR_INDEX", 2020, "score", 84.1), ("Yên Bái", "PAR_INDEX", 2020, "rank", 20.0)}),
    "the years of a move's starting point ('từ nhóm … các năm 2013, 2014 lên nhóm …') are not the new result's": (
        "Chỉ số PAPI năm 2016 đã đưa tỉnh Kon Tum từ nhóm 16 tỉnh, thành xếp hạng thấp nhất trong các năm 2013, "
        "2014, 2015 lên nhóm 15 tỉnh, thành đạt kết quả trung bình thấp.",
        {("Kon Tum", "PAPI", 2016, "band", "3")}),
    "a town (thị trấn) is a commune-level unit; units belonging to a province ('trực thuộc UBND tỉnh') are not it": (
        "Năm 2023, Chỉ số CCHC của thị trấn Sịa vị thứ 71/141. Năm 2025, SIPAS trung bình các sở, cơ quan trực "
        "thuộc UBND tỉnh Khánh Hòa đạt 89,08%.",
        {("thị trấn Sịa", "PAR_INDEX", 2023, "rank", 71.0)}),
    "a place named earlier in the sentence is what 'địa phương này' refers to, not the one before": (
        "Chỉ số PAPI 2024: Tỉnh Quảng Ninh tiếp tục dẫn đầu với 47,82 điểm.\n\nTây Ninh theo sát phía sau với 47,35 "
        "điểm, thể hiện nỗ lực cải cách của địa phương này. Bình Thuận đạt 47,13 điểm, là nỗ lực của tỉnh này.",
        {("Quảng Ninh", "PAPI", 2024, "rank", 1.0), ("Quảng Ninh", "PAPI", 2024, "score", 47.82),
         ("Tây Ninh", "PAPI", 2024, "score", 47.35), ("Bình Thuận", "PAPI", 2024, "score", 47.13)}),
    "the places after a first place held again ('năm thứ 3 liên tiếp') follow this year's ranking": (
        "Quảng Ninh tiếp tục giữ vững vị trí cao nhất trong Bảng xếp hạng PCI 2019, năm thứ 3 liên tiếp đứng đầu. "
        "Sau Quảng Ninh lần lượt là Đồng Tháp, Vĩnh Long.",
        {("Quảng Ninh", "PCI", 2019, "rank", 1.0), ("Quảng Ninh", "PCI", 2018, "rank", 1.0),
         ("Đồng Tháp", "PCI", 2019, "rank", 2.0), ("Vĩnh Long", "PCI", 2019, "rank", 3.0)}),
    "a group 'các tỉnh, thành phố trực thuộc Trung ương có Chỉ số cao nhất' is a band; a rank 'về' a sub-index is its": (
        "Theo Chỉ số PAPI 2019, Đồng Tháp thuộc nhóm các tỉnh, thành phố trực thuộc Trung ương có Chỉ số cao nhất. "
        "Trong PAR Index 2018, Đồng Tháp xếp hạng nhất về công tác chỉ đạo điều hành cải cách hành chính.",
        {("Đồng Tháp", "PAPI", 2019, "band", "1")}),
    "a place compared with ('sau', 'cao hơn', 'cùng với') still owns the rank that follows it at once": (
        "Năm 2023, Chỉ số CCHC: Đà Nẵng đứng thứ 3, sau Hải Phòng đứng thứ 2 (91,87%), Hà Nội thứ 3 (91,43%), cao "
        "hơn Cần Thơ thứ 42 (86,15%). Năm 2014, cùng với Đà Nẵng, Bộ Giao thông vận tải đứng đầu nhóm bộ, ngành.",
        {("Đà Nẵng", "PAR_INDEX", 2023, "rank", 3.0), ("Hải Phòng", "PAR_INDEX", 2023, "rank", 2.0),
         ("Hải Phòng", "PAR_INDEX", 2023, "score", 91.87), ("Hà Nội", "PAR_INDEX", 2023, "rank", 3.0),
         ("Hà Nội", "PAR_INDEX", 2023, "score", 91.43), ("Cần Thơ", "PAR_INDEX", 2023, "rank", 42.0),
         ("Cần Thơ", "PAR_INDEX", 2023, "score", 86.15), ("Bộ Giao thông vận tải", "PAR_INDEX", 2014, "rank", 1.0),
         ("Đà Nẵng", "PAR_INDEX", 2014, "rank", 1.0)}),  # a province and a ministry share the first place
    "'N đơn vị (đạt|xếp) loại <grade> … gồm:' gives each unit listed after it that grade": (
        "Năm 2017, Chỉ số CCHC các sở: 4 đơn vị đạt loại trung bình xếp ở nhóm cuối bảng gồm: Sở Ngoại vụ, Sở Y tế. "
        "Năm 2023, Chỉ số CCHC các xã: có 05 đơn vị xếp loại xuất sắc gồm: xã Quảng Thái vị thứ 4/141, xã Quảng Thọ "
        "vị thứ 5/141.",
        {("Sở Ngoại vụ", "PAR_INDEX", 2017, "band", "Trung bình"), ("Sở Y tế", "PAR_INDEX", 2017, "band", "Trung bình"),
         ("xã Quảng Thái", "PAR_INDEX", 2023, "band", "Xuất sắc"), ("xã Quảng Thọ", "PAR_INDEX", 2023, "band", "Xuất sắc"),
         ("xã Quảng Thái", "PAR_INDEX", 2023, "rank", 4.0), ("xã Quảng Thọ", "PAR_INDEX", 2023, "rank", 5.0)}),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_reading(text, expected):
    assert said(text) == expected


def test_a_target_is_marked_not_dropped():
    facts = extract_text("Tỉnh phấn đấu đến năm 2025 chỉ số SIPAS của tỉnh Nam Định đạt trên 90%.")
    assert [(f.indicator, f.year, f.value, f.is_target) for f in facts] == [("SIPAS", 2025, 90.0, True)]
    required = extract_text("Năm 2022, tại Cần Thơ, cấp huyện, tỉ lệ hồ sơ trực tuyến phải đạt 50%.")
    assert [(f.value, f.is_target) for f in required] == [(50.0, True)]


def test_a_sub_index_keeps_its_component():
    facts = extract_text("Năm 2015, Bình Thuận có 2 chỉ số thành phần: Cải cách thủ tục hành chính và "
                         "hiện đại hóa hành chính tăng 07 và 12 bậc trong PAR INDEX.")
    assert {(f.component, f.value) for f in facts} == {
        ("Cải cách thủ tục hành chính", 7.0), ("Hiện đại hóa hành chính", 12.0)}


def test_the_page_province_answers_tinh_ta():
    facts = extract_text("Kết quả PAR INDEX 2021 của Hà Giang\n\nNăm 2021, chỉ số CCHC của tỉnh ta đạt 83,87%.")
    assert {(f.subject, f.value) for f in facts} == {("Hà Giang", 83.87)}


def test_a_body_hosting_a_review_of_the_provinces_work_is_not_what_the_page_is_about():
    province_review = extract_text("Văn phòng UBND tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác CCHC của tỉnh "
                                   "năm 2023\n\nNăm 2023, Chỉ số SIPAS đạt 85,12%.")
    own_review = extract_text("Sở LĐ-TB&XH tỉnh Quảng Nam tổ chức hội nghị đánh giá chỉ số CCHC năm 2021\n\n"
                              "Năm 2021, Chỉ số SIPAS đạt 89,09%.")
    assert {(f.subject, f.value) for f in province_review} == {("Lạng Sơn", 85.12)}
    assert {(f.subject, f.value) for f in own_review} == {("Sở Lao động - Thương binh và Xã hội", 89.09)}


def test_a_province_renamed_in_2025_answers_to_both_names():
    assert names_of(Subject("Thừa Thiên Huế", "province", "Thừa Thiên Huế")) == {"Thừa Thiên Huế", "Huế"}
    assert names_of(Subject("Lạng Sơn", "province", "Lạng Sơn")) == {"Lạng Sơn"}


def test_the_site_domain_names_the_province():
    facts = extract_text("Năm 2021, chỉ số PAR INDEX của tỉnh đạt 87,61 điểm.",
                         url="https://baobariavungtau.com.vn/kinh-te/202207/a.html")
    assert [(f.subject, f.value) for f in facts] == [("Bà Rịa - Vũng Tàu", 87.61)]


def test_a_headline_in_capitals_names_the_page_province():
    facts = extract_text("PAPI NĂM 2022 CỦA TỈNH SƠN LA\n\nĐiểm số PAPI năm 2022 của tỉnh đạt 40,87 điểm. "
                         "Hà Nội đạt 43,5 điểm.")
    assert ("Sơn La", 40.87) in {(f.subject, f.value) for f in facts}


def test_the_article_path_names_the_province():
    facts = extract_text("Kết quả chỉ số PAPI năm 2022 của tỉnh\n\nĐiểm số PAPI năm 2022 của tỉnh đạt 40,87 điểm. Hà Nội đạt 43,5 điểm.",
                         url="https://example.vn/da-chieu/papi-nam-2022-cua-tinh-son-la-25386")
    assert ("Sơn La", 40.87) in {(f.subject, f.value) for f in facts}



COUNT_CASES = {
    "thousands words multiply the number, 'HS' is hồ sơ": (
        "Năm 2020, Bến Tre đã tiếp nhận 61,3 ngàn hồ sơ; Sở Công Thương 3,7 ngàn HS.",
        {("HO_SO", 61300.0, "received"), ("HO_SO", 3700.0, "other")}),
    "'quá hạn' and 'late' count late dossiers": (
        "Tỉnh đã giải quyết 19.255 hồ sơ, còn 689 hồ sơ quá hạn. Only 18 dossiers were returned late.",
        {("HO_SO", 19255.0, "resolved"), ("HO_SO", 689.0, "late"), ("HO_SO", 18.0, "late")}),
    "'mức độ 3 và 4' names no one service level": (
        "Cổng Dịch vụ công quốc gia đã tích hợp 3.680 dịch vụ công trực tuyến mức độ 3 và 4.",
        {("DVC", 3680.0, "integrated_national_portal")}),
    "what happens to every dossier (received, resolved) gives way to its status (late, pending)": (
        "Năm 2024, hồ sơ quá hạn đã giải quyết là 2.534 hồ sơ; Bộ đang thực hiện xử lý 1.154 hồ sơ. "
        "In 2021, the province reduced the processing time for 28 administrative procedures.",
        {("HO_SO", 2534.0, "late"), ("HO_SO", 1154.0, "pending"), ("TTHC", 28.0, "cut_time")}),
    "procedures counted at a service level are online services (DVC)": (
        "Năm 2021, tỉnh cung cấp dịch vụ công trực tuyến mức độ 4 đối với 1.567 thủ tục hành chính; "
        "47 TTHC giải quyết ở mức độ 3.",
        {("DVC", 1567.0, "level_4"), ("DVC", 47.0, "level_3")}),
    "a service level may be written in words ('mức độ hai')": (
        "Năm 2023, tỉnh cung cấp 99 dịch vụ công trực tuyến đạt mức độ hai, 1.349 dịch vụ công trực tuyến mức độ ba.",
        {("DVC", 99.0, "level_2"), ("DVC", 1349.0, "level_3")}),
    "'toàn trình' and 'một phần' services are fully and partly online": (
        "Hiện tỉnh cung cấp 1.245 dịch vụ công trực tuyến toàn trình và 598 dịch vụ công trực tuyến một phần.",
        {("DVC", 1245.0, "full_online"), ("DVC", 598.0, "partial_online")}),
    "in an enumeration each count's cue trails it ('N at level 3 and M at level 4')": (
        "Năm 2022, đã có 47 TTHC giải quyết ở mức độ 3 và 258 TTHC giải quyết ở mức độ 2. "
        "In 2022, the portal provides 397 OPS at level 3 and 1,051 OPS at level 4.",
        {("DVC", 47.0, "level_3"), ("DVC", 258.0, "level_2"), ("DVC", 397.0, "level_3"),
         ("DVC", 1051.0, "level_4")}),
    "dossiers brought in person or by post are 'other'; a place's present stock of procedures is a total": (
        "Năm 2022, tỉnh tiếp nhận trực tuyến 183.413 hồ sơ; tiếp nhận trực tiếp và qua dịch vụ bưu chính 559.664 "
        "hồ sơ. In 2020, 5,982 dossiers were directly received. Toàn huyện hiện nay có 484 TTHC. "
        "Binh Dinh province currently has 1,848 administrative procedures.",
        {("HO_SO", 183413.0, "online"), ("HO_SO", 559664.0, "other"), ("HO_SO", 5982.0, "other"),
         ("TTHC", 484.0, "total"), ("TTHC", 1848.0, "total")}),
    "a cue after a count is its own up to the next count; a weak verb in the figure gives way to a status": (
        "Năm 2024, 259 hồ sơ đúng hạn và chỉ tám hồ sơ quá hạn. In 2021, the province received 108,120 files, "
        "of which 105,163 were processed and of this, 105,121 were processed on time.",
        {("HO_SO", 259.0, "on_time"), ("HO_SO", 108120.0, "received"), ("HO_SO", 105163.0, "resolved"),
         ("HO_SO", 105121.0, "on_time")}),
    "business conditions are counted in the same reports but are not procedures": (
        "Năm 2025, đã cắt giảm 3.085/4.888 thủ tục hành chính (đạt 63,1%); cắt giảm 2.371/6.974 điều kiện kinh "
        "doanh (đạt 33,9%). In 2024, 982 administrative procedures were announced, of which 483 were newly issued "
        "and 499 were abolished. In 2023, the province received 293,161 administrative procedure files.",
        {("TTHC", 3085.0, "simplified"), ("TTHC", 982.0, "announced"), ("TTHC", 483.0, "other"),
         ("TTHC", 499.0, "simplified"), ("HO_SO", 293161.0, "received")}),
    "'đúng và sớm hạn' is on time; English 'are being resolved' is pending": (
        "Quý III/2021, UBND TP. Nha Trang đã giải quyết 1.300 hồ sơ, trong đó, 1.260 hồ sơ đúng và sớm hạn. "
        "In 2025, the center resolved 6,414 records. 67 records are being resolved. Năm 2021, toàn huyện "
        "đã giải quyết 14.322 hồ sơ, trong đó đúng hạn và trước hạn 14.283 hồ sơ.",
        {("HO_SO", 1300.0, "resolved"), ("HO_SO", 1260.0, "on_time"), ("HO_SO", 6414.0, "resolved"),
         ("HO_SO", 67.0, "pending"), ("HO_SO", 14322.0, "resolved"), ("HO_SO", 14283.0, "on_time")}),
    "a total of what came in is what came in ('tiếp nhận tổng cộng 87.582 hồ sơ')": (
        "Năm 2023, toàn thành phố đã tiếp nhận tổng cộng 87.582 hồ sơ. In 2025, a cumulative total of 13,181 "
        "dossiers had been received.",
        {("HO_SO", 87582.0, "received"), ("HO_SO", 13181.0, "received")}),
    "one number for 'received and processed' ('tiếp nhận và xử lý', 'tiếp nhận, hướng dẫn và xử lý') is what came in": (
        "Năm 2023, Bộ đã tiếp nhận và xử lý là 4.482 hồ sơ; xã tiếp nhận, hướng dẫn và xử lý tổng cộng 173 hồ sơ.",
        {("HO_SO", 4482.0, "received"), ("HO_SO", 173.0, "received")}),
    "an abbreviation's brackets do not cut a count from its cue": (
        "UBND tỉnh phê duyệt danh mục 25 thủ tục hành chính (TTHC) cắt giảm thời gian giải quyết.",
        {("TTHC", 25.0, "cut_time")}),
    "a dossier of a procedure is a dossier, whichever word comes first": (
        "In 2025, provinces received 6.5 million TTHC dossiers. Năm 2024, tỉnh tiếp nhận 41.484 hồ sơ TTHC.",
        {("HO_SO", 6500000.0, "received"), ("HO_SO", 41484.0, "received")}),
    "'Trong số này' / 'Of these' opening a sentence: a part without its own cue counts what the whole did": (
        "Năm 2025, Bộ đã ban hành 24 quyết định công bố tổng cộng 192 thủ tục hành chính. Trong số này, có 30 "
        "thủ tục hành chính mới và 131 thủ tục được sửa đổi. In 2024, the centre received 2,000 dossiers. "
        "Of these, 1,200 dossiers came from businesses.",
        {("TTHC", 192.0, "announced"), ("TTHC", 30.0, "announced"), ("TTHC", 131.0, "announced"),
         ("HO_SO", 2000.0, "received"), ("HO_SO", 1200.0, "received")}),
    "a part of what a place has is not itself a total": (
        "Through review, the province currently has 1,848 administrative procedures. Of which, 461 procedures "
        "take 2 days or more.",
        {("TTHC", 1848.0, "total"), ("TTHC", 461.0, "other")}),
    "an online service with no level, 'toàn trình' or portal named is online, its stock too": (
        "Năm 2024, tỉnh cung cấp 1.345 dịch vụ công trực tuyến. Hiện có 1.839 DVCTT, trong đó 920 dịch vụ công "
        "trực tuyến toàn trình.",
        {("DVC", 1345.0, "online"), ("DVC", 1839.0, "total"), ("DVC", 920.0, "full_online")}),
    "a backlog ('hồ sơ tồn đọng') is pending; a law's year ('Luật Đất đai 2013') dates no count": (
        "Năm 2025, có 964 hồ sơ tồn đọng được tiếp nhận từ các năm trước thực hiện theo Luật Đất đai 2013. "
        "Năm 2024, Văn phòng đăng ký đất đai còn 120 hồ sơ tồn đọng theo Luật Căn cước năm 2023.",
        {("HO_SO", 964.0, "pending"), ("HO_SO", 120.0, "pending")}),
}


@pytest.mark.parametrize("text, expected", COUNT_CASES.values(), ids=COUNT_CASES.keys())
def test_reading_counts(text, expected):
    assert {(f.indicator, f.value, f.qualifier) for f in extract_text(text) if f.metric == "count"} == expected


TIER_AND_PERIOD_CASES = {
    "a quarter or a month written with a dot before its year ('Quý 1.2022', 'Tháng 9.2021')": (
        "Quý 1.2022, UBND tỉnh công bố danh mục với 77 thủ tục hành chính. Tháng 9.2021, tỉnh tiếp nhận 6.189 hồ sơ.",
        {(77.0, None, "2022-Q1"), (6189.0, None, "2021-09")}),
    "dates written with dots, 'đến hết ngày …', and 'đến đầu tháng N' (months before N) bound a period": (
        "Từ ngày 1.1 đến đầu tháng 8.2023, Trung tâm có gần 51.000 hồ sơ được trả qua bưu điện. Từ ngày 1/1/2022 "
        "đến hết ngày 15/5/2022, Tổng cục tiếp nhận 1.262 hồ sơ.",
        {(51000.0, None, "2023-01..07"), (1262.0, None, "2022-01..05")}),
    "'cấp tỉnh … cấp huyện' after 'trong đó' give each count its tier": (
        "Năm 2023, tỉnh công bố 397 TTHC, trong đó: cấp tỉnh có 335 TTHC; cấp huyện có 53 TTHC.",
        {(397.0, None, "2023"), (335.0, "province", "2023"), (53.0, "district", "2023")}),
    "with no tier cue, a province's service centre counts at province level, a ward at commune level": (
        "Trong 4 tháng đầu năm 2020, Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh tiếp nhận 11.320 hồ sơ. Năm "
        "2023, phường Chánh Nghĩa tiếp nhận 2.150 hồ sơ.",
        {(11320.0, "province", "2020-01..04"), (2150.0, "commune", "2023")}),
    "two tiers named together are no one tier; '6 tháng đầu năm' is the first half": (
        "Trong 6 tháng đầu năm 2024, Bộ phận một cửa cấp huyện, cấp xã đã tiếp nhận 19.630 hồ sơ.",
        {(19630.0, None, "2024-H1")}),
    "English tiers; a quarter without its year takes the count's year": (
        "In the first quarter of 2021, the provincial level received 90,010 records "
        "and the commune level 187,299 records.",
        {(90010.0, "province", "2021-Q1"), (187299.0, "commune", "2021-Q1")}),
    "a later sentence keeps the period its lead stated; 'từ đầu năm đến 30/9' is months 1 to 9": (
        "Từ đầu năm đến ngày 30/9/2022, Trung tâm tiếp nhận 12.720 hồ sơ. Trong đó, 120 hồ sơ trễ hạn.",
        {(12720.0, None, "2022-01..09"), (120.0, None, "2022-01..09")}),
    "the value may follow its noun; a report's counts take its date's year": (
        "Đồng Nai, 13/10/2025. Từ ngày 1/7 đến ngày 30/9, số hồ sơ trễ hạn là 483, tỷ lệ đúng hạn là 98,5%; "
        "trước hạn và đúng hạn là 12.720 hồ sơ (đạt 99,03%).",
        {(483.0, None, "2025-Q3"), (12720.0, None, "2025-Q3")}),
    "'accounting for' gives a count's share; 'là N bộ' counts dossiers": (
        "In 2020, 1,448 dossiers were received online (accounting for 19.26%). "
        "Năm 2020, số hồ sơ mới tiếp nhận là 57.028 bộ.",
        {(1448.0, None, "2020"), (57028.0, None, "2020")}),
    "a count without its noun given tier by tier takes the clause's noun ('1,451 at the provincial level')": (
        "In 2024, the total number of effective administrative procedures is 1,858, with 1,451 at the provincial "
        "level and 123 at the commune level. Năm 2023, tỉnh có 2.596 thủ tục, trong đó cấp sở: 1.576 thủ tục.",
        {(1858.0, None, "2024"), (1451.0, "province", "2024"), (123.0, "commune", "2024"),
         (2596.0, None, "2023"), (1576.0, "province", "2023")}),
    "a period written with its year in the count's sentence settles the count's year": (
        "Trong Quý I/2019, Bộ đã xử lý tổng số 1.610 hồ sơ, gồm 1246 hồ sơ chuyển tiếp năm 2018.",
        {(1610.0, None, "2019-Q1"), (1246.0, None, "2019-Q1")}),
    "'provincial-level procedures' are counted at the tier the modifier names": (
        "In 2025, Tay Ninh has 1,700 provincial-level procedures and 400 commune-level procedures.",
        {(1700.0, "province", "2025"), (400.0, "commune", "2025")}),
    "a ward's or commune's own centre or committee counts at the commune tier": (
        "In July 2025, Kien An Ward Public Administration Service Center received 680 records. "
        "Năm 2024, UBND xã Đồng Rui tiếp nhận 793 hồ sơ. Năm 2025, xã Đường An tiếp nhận 8.930 hồ sơ; "
        "thị xã Hoàng Mai tiếp nhận 5.120 hồ sơ.",
        {(680.0, "commune", "2025-07"), (793.0, "commune", "2024"), (8930.0, "commune", "2025"),
         (5120.0, "district", "2025")}),
    "a range of dates written with hyphens ('từ ngày 1-7 đến ngày 6-10') is a range of months": (
        "Năm 2025, số hồ sơ đất đai cấp xã phát sinh từ ngày 1-7 đến ngày 6-10 trên địa bàn tỉnh là 9.230 hồ sơ.",
        {(9230.0, "commune", "2025-07..10")}),
    "procedures a place has take no period from an earlier sentence; dossiers do": (
        "Trong tháng 5/2025, tỉnh tiếp nhận 12.500 hồ sơ. Hiện tỉnh có 1.786 thủ tục hành chính.",
        {(12500.0, None, "2025-05"), (1786.0, None, None)}),
    "a period stated once carries its year to the report's later counts": (
        "Trong tháng 9 năm 2021, các sở đã tiếp nhận 6.189 hồ sơ.\n\nCác đơn vị đã giải quyết xong 6.540 hồ sơ; "
        "chờ bổ sung 783 hồ sơ.",
        {(6189.0, None, "2021-09"), (6540.0, None, "2021-09"), (783.0, None, "2021-09")}),
    "a programme's horizon ('định hướng đến năm 2030') dates no count": (
        "Thực hiện chương trình chuyển đổi số giai đoạn 2021 – 2025, định hướng đến năm 2030, năm 2021 Sở Y tế "
        "đang giải quyết 123 thủ tục hành chính.",
        {(123.0, "province", "2021")}),
    "'từ đầu năm đến nay' runs to the month of the page's date, and is no period without one": (
        "21/03/2015 - 17:58\n\nTừ đầu năm 2015 đến nay, Bộ phận một cửa của UBND huyện đã tiếp nhận 3.834 hồ sơ.",
        {(3834.0, None, "2015-Q1")}),
    "'tháng 10' is a month, a date's 'ngày 5 tháng 10' is not": (
        "Ngày 5 tháng 11, Sở Tư pháp cho biết trong tháng 10 năm 2024 đã tiếp nhận 1.204 hồ sơ.",
        {(1204.0, "province", "2024-10")}),
}


@pytest.mark.parametrize("text, expected", TIER_AND_PERIOD_CASES.values(), ids=TIER_AND_PERIOD_CASES.keys())
def test_counts_carry_their_tier_and_period(text, expected):
    assert {(f.value, f.level, f.period) for f in extract_text(text) if f.metric == "count"} == expected


def test_before_any_year_a_baseline_dates_the_report_to_the_year_after_it():
    text = ("So với cùng kỳ năm 2021, số người thất nghiệp trên toàn tỉnh tăng 156,56%. Theo Bảo hiểm xã hội tỉnh, "
            "đã tiếp nhận 178.837 hồ sơ đề nghị trợ cấp thất nghiệp.")
    assert {(f.value, f.year) for f in extract_text(text) if f.metric == "count"} == {(178837.0, 2022)}


def test_a_count_without_a_year_of_its_own_takes_its_periods_year():
    text = ("Trong tháng 9 năm 2021, các sở đã tiếp nhận 6.189 hồ sơ.\n\nCác đơn vị đã giải quyết xong 6.540 hồ sơ. "
            "Từ tháng 4/2025 đến nay, Bộ đã công bố 192 thủ tục hành chính.")
    assert {(f.value, f.year) for f in extract_text(text) if f.metric == "count"} == {
        (6189.0, 2021), (6540.0, 2021), (192.0, 2025)}


def test_a_district_report_says_toan_huyen_for_its_district():
    text = ("Năm 2023, huyện Đắk Glong đã thực hiện tốt công tác cải cách hành chính. "
            "Toàn huyện đã tiếp nhận 59.010 hồ sơ. Năm 2024, chỉ số cải cách hành chính của huyện là 89,37%.")
    assert {(f.subject, f.subject_type, f.indicator, f.metric, f.value) for f in extract_text(text)} == {
        ("huyện Đắk Glong", "district", "HO_SO", "count", 59010.0),
        ("huyện Đắk Glong", "district", "PAR_INDEX", "score", 89.37)}


RATE_CASES = {
    "a share in brackets after a count is its rate, with the count's own cue": (
        "In the third quarter of 2025, 317,199 dossiers were received online (59.71%) and 1,278 dossiers were "
        "received via the Public Post Service (0.24%). Năm 2021, đã giải quyết 1.260 hồ sơ đúng hạn (98,75%).",
        {(None, "HO_SO", 59.71, "online"), (None, "HO_SO", 0.24, "other"), (None, "HO_SO", 98.75, "on_time")}),
    "a rate is of the noun that 'tỷ lệ' names": (
        "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính của cả nước "
        "đã đạt 39,98%.",
        {("Việt Nam", "HO_SO", 39.98, "full_online")}),
    "places listed with rates share the first rate's noun and status; the nearest cue after is the rate's": (
        "Năm 2023, việc cấp kết quả giải quyết thủ tục hành chính điện tử của Bộ Công an mới đạt 4,79%, "
        "Bộ Tài nguyên và Môi trường đạt 4,34%, thậm chí, Bộ Tư pháp chỉ đạt 1%. Năm 2025, nearly 518,700 "
        "applications were processed, with 95.5% completed on time or ahead of schedule.",
        {("Bộ Công an", "HO_SO", 4.79, "resolved"), ("Bộ Tài nguyên và Môi trường", "HO_SO", 4.34, "resolved"),
         ("Bộ Tư pháp", "HO_SO", 1.0, "resolved"), (None, "HO_SO", 95.5, "on_time")}),
    "rates paired with places by 'lần lượt'": (
        "Năm 2024, ba bộ dẫn đầu về tỷ lệ hồ sơ trực tuyến toàn trình là Bộ Công Thương, Bộ Tài chính và "
        "Bộ Tư pháp với tỷ lệ lần lượt là 83,49; 78,44% và 77,66%.",
        {("Bộ Công Thương", "HO_SO", 83.49, "full_online"), ("Bộ Tài chính", "HO_SO", 78.44, "full_online"),
         ("Bộ Tư pháp", "HO_SO", 77.66, "full_online")}),
    "a share of the total written after it, and the places that follow": (
        "Năm 2024, Hà Nam đã xử lý trực tuyến toàn trình 68,54% trong tổng số 168.000 hồ sơ thủ tục hành chính. "
        "Đà Nẵng (58,89%), Hà Giang (55,76%) là những địa phương xếp sau. "
        "Năm 2018, Tam Kỳ đã thực hiện 148/256 thủ tục (tỷ lệ 56%).",
        {("Hà Nam", "HO_SO", 68.54, "full_online"), ("Đà Nẵng", "HO_SO", 58.89, "full_online"),
         ("Hà Giang", "HO_SO", 55.76, "full_online"), (None, "TTHC", 56.0, "other")}),
    "a rate that fell to a value, or is what remains": (
        "Năm 2021, tỷ lệ hồ sơ quá hạn của huyện Sông Lô giảm từ 10,85% xuống còn 1,31%; Sở Tư pháp còn 0,8%.",
        {("huyện Sông Lô", "HO_SO", 1.31, "late"), ("Sở Tư pháp", "HO_SO", 0.8, "late")}),
    "a continued rate keeps its own cue": (
        "In 2025, the province saw 38,000 applications submitted, with 40.4 per cent filed in person. "
        "By 4pm on July 3, the number surpassed 40,000, with 59.3 per cent submitted online.",
        {(None, "HO_SO", 40.4, "other"), (None, "HO_SO", 59.3, "online")}),
    "a rate of handling procedures on time is a rate of dossiers": (
        "Năm 2021, tỷ lệ giải quyết TTHC đúng hạn của tỉnh Lâm Đồng đạt 98,7%.",
        {("Lâm Đồng", "HO_SO", 98.7, "on_time")}),
}


@pytest.mark.parametrize("text, expected", RATE_CASES.values(), ids=RATE_CASES.keys())
def test_reading_rates(text, expected):
    assert {(f.subject, f.indicator, f.value, f.qualifier) for f in extract_text(text) if f.metric == "rate"} == expected


def test_an_approximate_count_keeps_its_bound_as_written():
    text = "Năm 2021, tỉnh tiếp nhận mới hơn 5.360 hồ sơ, giải quyết đúng hạn gần 5.290 hồ sơ, đạt trên 99%."
    assert {(f.metric, f.value, f.value_text, f.qualifier) for f in extract_text(text)} == {
        ("count", 5360.0, "hơn 5.360", "received"), ("count", 5290.0, "gần 5.290", "on_time"),
        ("rate", 99.0, "trên 99", "on_time")}


def test_a_plan_to_ensure_a_share_by_a_year_is_a_target():
    text = ("Năm 2018, Sở xây dựng kế hoạch ứng dụng dịch vụ công trực tuyến để đảm bảo đến năm 2020 có trên 30% "
            "thủ tục của 2 mức độ 3 và 4 được cung cấp trực tuyến.")
    assert [f.is_target for f in extract_text(text)] == [True]


def test_what_a_body_will_do_is_a_target_what_it_did_is_not():
    plan = "Trong năm 2020, Bộ Thông tin và Truyền thông sẽ cung cấp 149 dịch vụ công trực tuyến mức độ 4."
    done = "Trong năm 2020, Bộ Thông tin và Truyền thông đã cung cấp 149 dịch vụ công trực tuyến mức độ 4."
    assert [f.is_target for f in extract_text(plan)] == [True]
    assert [f.is_target for f in extract_text(done)] == [False]


def test_counts_with_english_modifiers_out_of_and_agency_shares():
    text = ("In 2025, the center received 1,931 dossiers, including 753 online dossiers, and digitized 639 out of "
            "1,414 incoming dossiers. Năm 2025, tỉnh Cà Mau cung cấp 1.138 DVCTT, gồm: Sở Xây dựng (160), "
            "Sở Tư pháp (156).")
    found = {(f.subject, f.indicator, f.value, f.out_of) for f in extract_text(text) if f.metric == "count"}
    assert {(v, o) for _, _, v, o in found} == {(1931.0, None), (753.0, None), (639.0, 1414.0), (1138.0, None),
                                               (160.0, None), (156.0, None)}
    assert {(s, v) for s, i, v, _ in found if i == "DVC"} == {
        ("Cà Mau", 1138.0), ("Sở Xây dựng", 160.0), ("Sở Tư pháp", 156.0)}


def test_a_rate_given_tier_by_tier():
    text = ("In 2023, the rate of timely settlement of records at the provincial level was 99.8%, "
            "at the district level 82.92%.")
    assert {(f.indicator, f.value, f.qualifier, f.level) for f in extract_text(text) if f.metric == "rate"} == {
        ("HO_SO", 99.8, "on_time", "province"), ("HO_SO", 82.92, "on_time", "district")}


def test_the_region_a_ranks_field_lies_in_is_not_the_subject_of_the_figures_after_it():
    facts = extract_text("In 2023, Hai Duong ranked 5th out of 11 provinces and cities in the Red River Delta "
                         "in terms of provincial competitiveness index (PCI) with 68.68 points.")
    assert {(f.subject, f.value) for f in facts if f.metric == "score"} == {("Hải Dương", 68.68)}
    assert not any(f.subject_type == "region" for f in facts)


def test_the_province_is_the_last_province_named_not_the_papers_city():
    text = ("In PAPI 2023, Thua Thien Hue ranks first among all 63 provinces and cities.\n\n"
            "The province is also one of the 15 localities that have the highest scores.")
    facts = extract_text(text, url="https://hanoitimes.vn/thua-thien-hue-tops-papi-2023.html")
    assert {(f.subject, f.metric) for f in facts} == {("Thừa Thiên Huế", "rank"), ("Thừa Thiên Huế", "band")}


def test_an_index_result_without_a_year_is_the_year_before_the_page_date():
    text = "Cập nhật 12/05/2024\n\nQuảng Ninh tiếp tục dẫn đầu PCI với 72,25 điểm. Tỉnh đã tiếp nhận 1.200 hồ sơ."
    assert {(f.metric, f.year) for f in extract_text(text)} == {("rank", 2023), ("score", 2023), ("count", 2024)}


def test_a_stored_page_date_line_is_a_date_not_the_year_of_its_figures():
    text = (" date 2023-04 TP - Theo bảng xếp hạng PCI 2022, Lào Cai xếp thứ 11/63.\n\n"
            "Lào Cai xếp trên các tỉnh Phú Thọ (hạng 24/63 với 66,30 điểm).")
    assert {(f.subject, f.metric, f.year) for f in extract_text(text)} == {
        ("Lào Cai", "rank", 2022), ("Phú Thọ", "rank", 2022), ("Phú Thọ", "score", 2022)}


def test_a_portal_widgets_date_is_not_the_articles():
    text = ("Thời tiết ngày 22/01/2021\n\nThống kê truy cập\n\nTăng cường cải cách thủ tục hành chính\n\n"
            "03/11/2020 10:13 Số lượt xem: 334\n\nTrong kì, ngành y tế đã tiếp nhận 1.545 hồ sơ; trong đó đã giải "
            "quyết xong 1.436 hồ sơ, 109 hồ sơ đang trong thời gian xử lí.")
    assert {(f.value, f.qualifier, f.year) for f in extract_text(text)} == {
        (1545.0, "received", 2020), (1436.0, "resolved", 2020), (109.0, "pending", 2020)}


def test_lines_hard_wrapped_mid_sentence_are_one_sentence():
    text = ("Lao Cai in the PAR Index 2017\nAccordingly, Lao Cai ranked 21st,\nincreasing 6 levels compared to 2016.\n"
            "In 2022, Binh Thuan provided 233\nadministrative procedures at level 4.")
    assert {(f.metric, f.value) for f in extract_text(text)} == {
        ("rank", 21.0), ("rank_change", 6.0), ("count", 233.0)}


def test_a_table_of_results_by_year_gives_the_page_place_a_score_and_rank_each_year():
    text = ("Chỉ số PCI tỉnh Hòa Bình qua các năm\n\nTỉnh Hòa Bình công bố bảng chỉ số PCI của tỉnh.\n\n"
            "Năm 2020 2019 2018\nGia nhập thị trường 7,23 7,10 6,98\nPCI 62,80 63,84 61,73\nXếp hạng 44 48 48\n\n"
            "Year | 2017 | 2016 | 2015 |\nPCI Scores | 59.42 | 56.80 | 57.13 |\nRanking | 52 | 52 | 46 |")
    assert {(f.subject, f.indicator, f.year, f.metric, f.value) for f in extract_text(text)
            if f.pattern == "year_table"} == {
        ("Hòa Bình", "PCI", 2020, "score", 62.8), ("Hòa Bình", "PCI", 2019, "score", 63.84),
        ("Hòa Bình", "PCI", 2018, "score", 61.73), ("Hòa Bình", "PCI", 2020, "rank", 44.0),
        ("Hòa Bình", "PCI", 2019, "rank", 48.0), ("Hòa Bình", "PCI", 2018, "rank", 48.0),
        ("Hòa Bình", "PCI", 2017, "score", 59.42), ("Hòa Bình", "PCI", 2016, "score", 56.8),
        ("Hòa Bình", "PCI", 2015, "score", 57.13), ("Hòa Bình", "PCI", 2017, "rank", 52.0),
        ("Hòa Bình", "PCI", 2016, "rank", 52.0), ("Hòa Bình", "PCI", 2015, "rank", 46.0)}


def test_a_year_table_header_may_name_each_year():
    text = "Tiền Giang\n\nChỉ số Năm 2014 Năm 2015 Năm 2016\nPCI 55.11 56.74 57.25\nXếp hạng 52 49 48"
    assert {(f.year, f.metric, f.value) for f in extract_text(text) if f.pattern == "year_table"} == {
        (2014, "score", 55.11), (2015, "score", 56.74), (2016, "score", 57.25),
        (2014, "rank", 52.0), (2015, "rank", 49.0), (2016, "rank", 48.0)}


def test_a_year_table_skips_the_years_it_marks_n_a_and_a_rank_column_may_name_its_index():
    text = ("Chỉ số PCI tỉnh Nam Định qua các năm\n\nTỉnh Nam Định công bố bảng chỉ số PCI.\n\n"
            "Năm 2023 2022 2021 2020\nPCI N/A 65.29 64.99 63.10\nXếp hạng N/A 31 24 40")
    assert {(f.year, f.metric, f.value) for f in extract_text(text) if f.pattern == "year_table"} == {
        (2022, "score", 65.29), (2021, "score", 64.99), (2020, "score", 63.1),
        (2022, "rank", 31.0), (2021, "rank", 24.0), (2020, "rank", 40.0)}
    cells = ("Top 10 bảng xếp hạng PCI năm 2018\n\nĐịa phương\n\nPCI\n\nXếp hạng PCI\n\nNhóm xếp hạng\n\n"
             "Quảng Ninh\n\n70.36\n\n1\n\nRất tốt")
    assert {(f.subject, f.metric, f.value if f.value is not None else f.value_text)
            for f in extract_text(cells) if f.pattern == "ranking_table"} == {
        ("Quảng Ninh", "score", 70.36), ("Quảng Ninh", "rank", 1.0), ("Quảng Ninh", "band", "Rất tốt")}


def test_a_printed_ranking_of_many_places_gives_each_its_rank_score_and_tier():
    ranked = "Xếp hạng chuyển đổi số DTI năm 2022\n\n" + "\n".join(
        f"{n} {name}" for n, name in enumerate(["TP. Đà Nẵng", "TP. Hồ Chí Minh", "Quảng Ninh", "Thừa Thiên - Huế",
                                                "TP. Cần Thơ"], start=1))
    assert {(f.subject, f.indicator, f.year, f.value) for f in extract_text(ranked) if f.metric == "rank"} == {
        ("Đà Nẵng", "DTI", 2022, 1.0), ("Hồ Chí Minh", "DTI", 2022, 2.0), ("Quảng Ninh", "DTI", 2022, 3.0),
        ("Thừa Thiên Huế", "DTI", 2022, 4.0), ("Cần Thơ", "DTI", 2022, 5.0)}
    scored = ("Bảng chỉ số PCI năm 2021\n\n"
              "Tỉnh Gia nhập thị trường Tiếp cận đất đai Điểm số PCI Bảng xếp hạng Xếp loại PCI\n"
              "Quảng Ninh 7.98 7.39 73.02 1 Rất tốt\nHải Phòng 6.52 6.77 70.61 2 Tốt\n"
              "Tỉnh Đồng Tháp bảy.73 7.26 70.53 3 Tốt\nHà Nội tăng 10 bậc so với năm 2020, lên thứ 10")
    # a row keeps its score and rank when a spinner wrote a sub-index cell in words; a sentence is no row
    assert {(f.subject, f.metric, f.value if f.value is not None else f.value_text)
            for f in extract_text(scored) if f.pattern == "ranking_table"} == {
        ("Quảng Ninh", "score", 73.02), ("Quảng Ninh", "rank", 1.0), ("Quảng Ninh", "band", "Rất tốt"),
        ("Hải Phòng", "score", 70.61), ("Hải Phòng", "rank", 2.0), ("Hải Phòng", "band", "Tốt"),
        ("Đồng Tháp", "score", 70.53), ("Đồng Tháp", "rank", 3.0), ("Đồng Tháp", "band", "Tốt")}


def test_a_ranking_in_a_ruled_table_or_one_cell_per_line_gives_each_place_its_score_rank_and_tier():
    ruled = ("Bảng xếp hạng chỉ số PCI năm 2020\n\n| Tỉnh | Điểm số PCI | Xếp hạng |\n|---|---|---|\n"
             "| Quảng Ninh | 75.09 | 01 |\n| Đồng Tháp | 72.81 | 02 |")
    assert {(f.subject, f.year, f.metric, f.value) for f in extract_text(ruled) if f.pattern == "ranking_table"} == {
        ("Quảng Ninh", 2020, "score", 75.09), ("Quảng Ninh", 2020, "rank", 1.0),
        ("Đồng Tháp", 2020, "score", 72.81), ("Đồng Tháp", 2020, "rank", 2.0)}
    cells = ("Bảng xếp hạng PCI các tỉnh qua các năm\n\nTop 10 bảng xếp hạng PCI năm 2014\n\nTên tỉnh\n\nPCI\n\n"
             "Xếp hạng\n\nNhóm xếp hạng\n\nĐà Nẵng\n\n66.87\n\n1\n\nRất tốt\n\nĐồng Tháp\n\n65.28\n\n2\n\n"
             "Rất tốt\n\nTop 10 bảng xếp hạng PCI năm 2013\n\nTên tỉnh\n\nPCI\n\nXếp hạng\n\nNhóm xếp hạng\n\n"
             "Lào Cai\n\n64.67\n\n3\n\nTốt")
    found = {(f.subject, f.year, f.metric, f.value if f.value is not None else f.value_text)
             for f in extract_text(cells) if f.pattern == "ranking_table"}
    assert found == {("Đà Nẵng", 2014, "score", 66.87), ("Đà Nẵng", 2014, "rank", 1.0),
                     ("Đà Nẵng", 2014, "band", "Rất tốt"), ("Đồng Tháp", 2014, "score", 65.28),
                     ("Đồng Tháp", 2014, "rank", 2.0), ("Đồng Tháp", 2014, "band", "Rất tốt"),
                     ("Lào Cai", 2013, "score", 64.67), ("Lào Cai", 2013, "rank", 3.0), ("Lào Cai", 2013, "band", "Tốt")}


def test_records_of_one_cell_per_line_opening_with_rank_and_place_give_the_rank_and_the_score_column():
    piped = ("Bảng 1. Kết quả Chỉ số CCHC của các bộ năm 2023.\nXếp hạng\n|\nCác bộ, cơ quan ngang bộ\n|\nĐiểm\n"
             "thẩm định\n|\nChỉ số tổng hợp (PAR Index 2023)\n|\n1\n|\nBộ Tư pháp\n|\n61,86\n|\n89,95\n|\n2\n|\n"
             "Ngân hàng Nhà nước Việt Nam\n|\n62,67\n|\n89,89\n|\n3\n|\nBộ Tài chính\n|\n61,52\n|\n89,18")
    assert {(f.subject, f.year, f.metric, f.value) for f in extract_text(piped) if f.pattern == "ranking_table"} == {
        ("Bộ Tư pháp", 2023, "rank", 1.0), ("Bộ Tư pháp", 2023, "score", 89.95),
        ("Ngân hàng Nhà nước Việt Nam", 2023, "rank", 2.0), ("Ngân hàng Nhà nước Việt Nam", 2023, "score", 89.89),
        ("Bộ Tài chính", 2023, "rank", 3.0), ("Bộ Tài chính", 2023, "score", 89.18)}
    score_labelled = "Chỉ số CCHC năm 2023\n\nXếp hạng\n\nĐơn vị\n\nĐiểm\n\n1\n\nSở Tư pháp\n\n91\n\n2\n\nSở Y tế\n\n90"
    assert {(f.subject, f.metric, f.value) for f in extract_text(score_labelled) if f.pattern == "ranking_table"} == {
        ("Sở Tư pháp", "rank", 1.0), ("Sở Tư pháp", "score", 91.0), ("Sở Y tế", "rank", 2.0), ("Sở Y tế", "score", 90.0)}


def test_a_table_of_units_may_open_with_a_row_number_or_the_rank_break_a_label_and_hold_an_unknown_unit():
    """A label breaks after a lowercase start, a bracket or a comma ("HUYỆN, THỊ XÃ, / THÀNH PHỐ"); a cell may be a
    percentage ("84,58%")."""
    numbered = ("Kết quả đánh giá, xếp loại công tác CCHC năm 2021 của các sở. Cụ thể:\n\nTT\n\nTên đơn vị\n\nĐiểm\n\n"
                "đánh giá\n\nVị thứ\n\nXếp loại\n\n1\n\nVăn phòng UBND tỉnh\n\n97,685\n\n1\n\nXuất sắc\n\n2\n\n"
                "Sở Tư pháp\n\n87,187\n\n2\n\nTốt")
    assert {(f.subject, f.indicator, f.year, f.metric, f.value if f.value is not None else f.value_text)
            for f in extract_text(numbered) if f.pattern == "ranking_table"} == {
        ("Văn phòng UBND tỉnh", "PAR_INDEX", 2021, "score", 97.685), ("Văn phòng UBND tỉnh", "PAR_INDEX", 2021, "rank", 1.0),
        ("Văn phòng UBND tỉnh", "PAR_INDEX", 2021, "band", "Xuất sắc"),
        ("Sở Tư pháp", "PAR_INDEX", 2021, "score", 87.187), ("Sở Tư pháp", "PAR_INDEX", 2021, "rank", 2.0),
        ("Sở Tư pháp", "PAR_INDEX", 2021, "band", "Tốt")}
    three_scores = ("Công bố xếp hạng Chỉ số cải cách hành chính năm 2019\n\nThứ tự xếp hạng\n\nTên cơ quan, đơn vị\n\n"
                    "Tổng điểm\n\nĐiểm đánh giá trực tiếp\n\nĐiểm điều tra XHH\n\n1\n\nBảo hiểm xã hội tỉnh\n\n90,05\n\n"
                    "58,50\n\n31,55\n\n2\n\nNgân hàng Nhà nước tỉnh\n\n89,88\n\n57,75\n\n32,13")
    assert {(f.subject, f.metric, f.value) for f in extract_text(three_scores) if f.pattern == "ranking_table"} == {
        ("Bảo hiểm xã hội tỉnh", "rank", 1.0), ("Bảo hiểm xã hội tỉnh", "score", 90.05),
        ("Ngân hàng Nhà nước chi nhánh tỉnh", "rank", 2.0), ("Ngân hàng Nhà nước chi nhánh tỉnh", "score", 89.88)}
    unknown_unit = ("Chỉ số CCHC năm 2021 của các sở\n\nTT\n\nTên sở, ban, ngành\n\nĐiểm\n\nVị thứ\n\n1\n\nSở Tư pháp\n\n"
                    "90,5\n\n1\n\n2\n\nSở Kiến thiết\n\n89,1\n\n2\n\n3\n\nSở Y tế\n\n88,2\n\n3")
    assert {(f.subject, f.metric, f.value) for f in extract_text(unknown_unit) if f.pattern == "ranking_table"} == {
        ("Sở Tư pháp", "score", 90.5), ("Sở Tư pháp", "rank", 1.0), ("Sở Y tế", "score", 88.2), ("Sở Y tế", "rank", 3.0)}
    ruled = ("Xếp hạng mức độ chuyển đổi số các sở, ban, ngành\n|\nThứ tự xếp hạng |\nTên đơn vị |\nTổng điểm năm 2024 |\n|\n"
             "1 |\nSở Y tế |\n843.24 |\n|\n2 |\nSở Tư pháp |\n842.65 |\n|")
    assert {(f.subject, f.indicator, f.year, f.metric, f.value) for f in extract_text(ruled)
            if f.pattern == "ranking_table"} == {
        ("Sở Y tế", "DTI", 2024, "rank", 1.0), ("Sở Y tế", "DTI", 2024, "score", 843.24),
        ("Sở Tư pháp", "DTI", 2024, "rank", 2.0), ("Sở Tư pháp", "DTI", 2024, "score", 842.65)}

    comma_broken = ("Chỉ số CCHC năm 2017 của các huyện\n\nSTT\n\nHUYỆN, THỊ XÃ,\n\nTHÀNH PHỐ\n\nĐiểm\n\n"
                    "thẩm định\n\nTổng điểm\n\n(100)\n\nChỉ số CCHC -PAR INDEX 2017\n\n1\n\nThành phố Thủ Dầu Một\n\n"
                    "51,75\n\n84,58\n\n84,58%\n\n2\n\nThị xã Tân Uyên\n\n48,75\n\n82,00\n\n82,00%")
    assert {(f.subject, f.year, f.metric, f.value) for f in extract_text(comma_broken)
            if f.pattern == "ranking_table"} == {
        ("thành phố Thủ Dầu Một", 2017, "score", 84.58), ("thị xã Tân Uyên", 2017, "score", 82.0)}


def test_online_services_at_a_level_out_of_a_total_count_the_numerator():
    text = "Năm 2020, quận Thanh Xuân đã đưa vào vận hành 112/206 dịch vụ công trực tuyến mức độ 3."
    assert {(f.indicator, f.value, f.out_of, f.qualifier) for f in extract_text(text)} == {
        ("DVC", 112.0, 206.0, "level_3")}


def test_an_agencys_count_out_of_its_own_total_and_its_share_in_brackets():
    text = ("Trong tháng 7/2023, số hồ sơ tỉnh Nghệ An tiếp nhận qua dịch vụ công trực tuyến là: 8.692 hồ sơ, tỷ lệ "
            "40,6%.\n\nCác đơn vị có số hồ sơ tiếp nhận trực tuyến nhiều gồm: Sở Công Thương (2.968/3.183, tỷ lệ 93,2%); "
            "Sở Tài chính (40/48, tỷ lệ 83,3%).")
    found = {(f.subject, f.metric, f.value, f.out_of) for f in extract_text(text) if f.indicator == "HO_SO"}
    assert found == {("Nghệ An", "count", 8692.0, None), ("Nghệ An", "rate", 40.6, None),
                     ("Sở Công Thương", "count", 2968.0, 3183.0), ("Sở Công Thương", "rate", 93.2, None),
                     ("Sở Tài chính", "count", 40.0, 48.0), ("Sở Tài chính", "rate", 83.3, None)}


def test_general_departments_reported_as_bodies_of_their_own_are_ministry_level_subjects():
    text = "Năm 2022, Tổng cục Hải quan đã cung cấp 215 dịch vụ công trực tuyến mức độ 3 và mức độ 4."
    assert {(f.subject, f.subject_type, f.value) for f in extract_text(text)} == {
        ("Tổng cục Hải quan", "ministry", 215.0)}


def test_a_bare_district_name_is_only_a_district_of_the_page_province():
    """'Hoàng Mai' is a district of Hà Nội (and a town of Nghệ An): on a Hà Nội page it is ranked, on a Quảng Nam
    page it names nobody, so no district fact is made of it."""
    ranking = ("Chỉ số CCHC năm 2024 của thành phố {}: thứ tự xếp hạng cấp huyện (từ trên xuống) như sau: "
               "Hoàng Mai, Ba Đình.")
    hanoi = {(f.subject, f.subject_type, f.value) for f in extract_text(ranking.format("Hà Nội"))}
    assert hanoi == {("quận Hoàng Mai", "district", 1.0), ("quận Ba Đình", "district", 2.0)}
    elsewhere = extract_text(ranking.format("Tam Kỳ, tỉnh Quảng Nam"))
    assert not [f for f in elsewhere if f.subject_type == "district" and "Hoàng Mai" in f.subject]


def test_a_pair_of_bare_results_without_an_order_named_before_gives_only_the_first():
    facts = extract_text("Năm 2024, Chỉ số CCHC: the Department of Justice with 93.42% and 92.66%.")
    assert {(f.subject, f.indicator, f.value) for f in facts} == {("Sở Tư pháp", "PAR_INDEX", 93.42)}


def test_a_page_opening_on_a_sub_index_of_an_index_gives_its_unnamed_figures_that_sub_index():
    text = ("Chỉ số quản trị môi trường trong Báo cáo PAPI 2020 phản ánh ý kiến của người dân về chất lượng không "
            "khí.\n\nCác tỉnh Bình Dương, Bắc Ninh và Hưng Yên cũng nằm trong nhóm đạt điểm thấp nhất.")
    bands = {(f.subject, f.indicator, f.component, f.value_text) for f in extract_text(text) if f.metric == "band"}
    assert bands == {(p, "PAPI", "Quản trị môi trường", "4") for p in ("Bình Dương", "Bắc Ninh", "Hưng Yên")}
