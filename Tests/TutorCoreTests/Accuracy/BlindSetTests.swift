import Foundation
import Testing

@testable import TutorCore

/// Floors for the sets written blind for issue #14, one round's sets after another, by helpers
/// who saw only the spec, the eval README and its samples, the seeds (and, from round 8, the
/// issue): never the tutor, its knowledge files or our own sets, so their lines are the nearest
/// thing here to the unseen learners the tutor is measured on. `blinddev*-*` are development
/// data (their misses are read and fixed by mechanism); `holdout3-*` to `holdout32-*` are test
/// sets whose lines are never read, and whose failures these tests do not print. Each floor
/// sits just under the figure measured when it was set (the CLI scorer's,
/// `../shared/eval/score`, or `fu.py`'s for follow-ups). A new round adds rows here.
@Suite struct BlindSetTests {
    @Test(arguments: [
        // Round 5: `blinddev-*` (development), `holdout3-*` (test).
        // 0.940 (235/250); 0.792 when written
        BlindFloor(name: "blinddev-utterances", kind: .utterances, lines: 240, floor: 0.935),
        // 0.917 (110/120); 0.800 when written
        BlindFloor(name: "blinddev-followups", kind: .followUps, lines: 110, floor: 0.91),
        // verdict 0.975 (195/200); 0.895 when written
        BlindFloor(name: "blinddev-answers", kind: .answers, lines: 190, floor: 0.97),
        // 0.955 (193/202) with compare asks as a|b; 0.604 when written
        BlindFloor(name: "blinddev-dialogue", kind: .dialogue, lines: 190, floor: 0.95),
        // 0.875 (140/160); 0.769 when written
        // 0.912 (146/160) with the phrasing prior (round 13)
        BlindFloor(name: "holdout3-utterances", kind: .utterances, lines: 150, floor: 0.91),
        // 0.870 (140/161); 0.646 when written
        BlindFloor(name: "holdout3-dialogue", kind: .dialogue, lines: 150, floor: 0.86),
        // Round 6: `blinddev2-*` (development), `holdout4-*` (test).
        // 0.927 (241/260); 0.842 when written
        BlindFloor(name: "blinddev2-utterances", kind: .utterances, lines: 250, floor: 0.92),
        // 0.933 (140/150); 0.747 when written
        BlindFloor(name: "blinddev2-followups", kind: .followUps, lines: 140, floor: 0.93),
        // verdict 0.968 (213/220); 0.859 when written
        BlindFloor(name: "blinddev2-answers", kind: .answers, lines: 210, floor: 0.96),
        // 0.929 (195/210); 0.862 when written
        BlindFloor(name: "blinddev2-dialogue", kind: .dialogue, lines: 200, floor: 0.92),
        // 0.861 (155/180); 0.822 when written
        // 0.906 (163/180) with the phrasing prior (round 13)
        BlindFloor(name: "holdout4-utterances", kind: .utterances, lines: 170, floor: 0.905),
        // 0.790 (79/100); 0.710 when written
        BlindFloor(name: "holdout4-followups", kind: .followUps, lines: 90, floor: 0.79),
        // verdict 0.869 (139/160); 0.806 when written
        BlindFloor(name: "holdout4-answers", kind: .answers, lines: 150, floor: 0.865),
        // 0.906 (155/171); 0.854 when written
        BlindFloor(name: "holdout4-dialogue", kind: .dialogue, lines: 160, floor: 0.905),
        // Round 7: `blinddev3-*` (development), `holdout5-*` (test).
        // 0.981 (255/260); 0.931 when written
        BlindFloor(name: "blinddev3-utterances", kind: .utterances, lines: 250, floor: 0.98),
        // 0.953 (143/150); 0.907 when written
        BlindFloor(name: "blinddev3-followups", kind: .followUps, lines: 140, floor: 0.95),
        // verdict 0.991 (218/220); 0.955 when written
        BlindFloor(name: "blinddev3-answers", kind: .answers, lines: 210, floor: 0.99),
        // 0.986 (209/212); 0.972 when written
        BlindFloor(name: "blinddev3-dialogue", kind: .dialogue, lines: 200, floor: 0.98),
        // 0.911 (164/180); 0.883 when written
        // 0.950 (171/180) with the phrasing prior (round 13)
        BlindFloor(name: "holdout5-utterances", kind: .utterances, lines: 170, floor: 0.945),
        // 0.960 (96/100); 0.920 when written
        BlindFloor(name: "holdout5-followups", kind: .followUps, lines: 90, floor: 0.955),
        // 0.969 (155/160); 0.931 when written
        BlindFloor(name: "holdout5-answers", kind: .answers, lines: 150, floor: 0.96),
        // 0.948 (165/174); 0.920 when written
        BlindFloor(name: "holdout5-dialogue", kind: .dialogue, lines: 160, floor: 0.94),
        // Round 8: `blinddev4-*` (development), `holdout6-*` (test).
        // 0.950 (247/260); 0.850 when written
        BlindFloor(name: "blinddev4-utterances", kind: .utterances, lines: 250, floor: 0.95),
        // 0.900 (135/150); 0.793 when written
        BlindFloor(name: "blinddev4-followups", kind: .followUps, lines: 140, floor: 0.895),
        // verdict 0.982 (216/220); 0.882 when written
        BlindFloor(name: "blinddev4-answers", kind: .answers, lines: 210, floor: 0.98),
        // 0.908 (188/207); 0.783 when written
        BlindFloor(name: "blinddev4-dialogue", kind: .dialogue, lines: 200, floor: 0.905),
        // 0.983 (177/180); 0.967 when written
        BlindFloor(name: "holdout6-utterances", kind: .utterances, lines: 170, floor: 0.98),
        // 0.950 (95/100); 0.900 when written
        BlindFloor(name: "holdout6-followups", kind: .followUps, lines: 95, floor: 0.945),
        // 0.956 (153/160); 0.950 when written
        BlindFloor(name: "holdout6-answers", kind: .answers, lines: 150, floor: 0.95),
        // 0.956 (175/183); 0.940 when written
        BlindFloor(name: "holdout6-dialogue", kind: .dialogue, lines: 175, floor: 0.955),
        // Round 9: `blinddev5-*` (development), `holdout7-*` (test).
        // 0.937 (254/271); 0.852 when written
        BlindFloor(name: "blinddev5-utterances", kind: .utterances, lines: 260, floor: 0.93),
        // 0.942 (146/155); 0.910 when written
        BlindFloor(name: "blinddev5-followups", kind: .followUps, lines: 150, floor: 0.94),
        // verdict 0.978 (218/223); 0.892 when written
        BlindFloor(name: "blinddev5-answers", kind: .answers, lines: 215, floor: 0.97),
        // 0.935 (231/247); 0.850 when written
        BlindFloor(name: "blinddev5-dialogue", kind: .dialogue, lines: 240, floor: 0.93),
        // 0.926 (176/190) when written
        // 0.995 (189/190) with the phrasing prior (round 13)
        BlindFloor(name: "holdout7-utterances", kind: .utterances, lines: 185, floor: 0.99),
        // 0.964 (107/111); 0.955 when written
        BlindFloor(name: "holdout7-followups", kind: .followUps, lines: 105, floor: 0.96),
        // verdict 0.975 (159/163) when written
        BlindFloor(name: "holdout7-answers", kind: .answers, lines: 160, floor: 0.97),
        // 0.913 (137/150); 0.893 when written
        BlindFloor(name: "holdout7-dialogue", kind: .dialogue, lines: 145, floor: 0.91),
        // Round 10: `blinddev6-*` (development), `holdout8-*` (test).
        // 0.926 (251/271); 0.878 when written
        BlindFloor(name: "blinddev6-utterances", kind: .utterances, lines: 265, floor: 0.925),
        // 0.921 (139/151); 0.821 when written
        BlindFloor(name: "blinddev6-followups", kind: .followUps, lines: 145, floor: 0.92),
        // verdict 0.914 (203/222); 0.860 when written
        BlindFloor(name: "blinddev6-answers", kind: .answers, lines: 215, floor: 0.91),
        // 0.972 (212/218); 0.835 when written
        BlindFloor(name: "blinddev6-dialogue", kind: .dialogue, lines: 210, floor: 0.97),
        // 0.886 (171/193); 0.870 when written
        // 0.938 (181/193) with the phrasing prior (round 13)
        BlindFloor(name: "holdout8-utterances", kind: .utterances, lines: 190, floor: 0.935),
        // 0.919 (102/111); 0.901 when written
        BlindFloor(name: "holdout8-followups", kind: .followUps, lines: 105, floor: 0.91),
        // verdict 0.958 (160/167); 0.946 when written
        BlindFloor(name: "holdout8-answers", kind: .answers, lines: 160, floor: 0.955),
        // 0.919 (147/160); 0.906 when written
        BlindFloor(name: "holdout8-dialogue", kind: .dialogue, lines: 155, floor: 0.915),
        // Round 11: `blinddev7-*` (development), `holdout9-*` (test).
        // 0.952 (258/271); 0.867 when written
        BlindFloor(name: "blinddev7-utterances", kind: .utterances, lines: 265, floor: 0.95),
        // 0.922 (141/153); 0.863 when written
        BlindFloor(name: "blinddev7-followups", kind: .followUps, lines: 150, floor: 0.92),
        // verdict 0.926 (200/216); 0.708 when written
        BlindFloor(name: "blinddev7-answers", kind: .answers, lines: 210, floor: 0.925),
        // 0.930 (199/214); 0.804 when written
        BlindFloor(name: "blinddev7-dialogue", kind: .dialogue, lines: 210, floor: 0.925),
        // 0.823 (172/209); 0.804 when written
        // 0.852 (178/209) with the phrasing prior (round 13)
        BlindFloor(name: "holdout9-utterances", kind: .utterances, lines: 205, floor: 0.85),
        // 0.922 (107/116) when written
        BlindFloor(name: "holdout9-followups", kind: .followUps, lines: 110, floor: 0.92),
        // verdict 0.945 (173/183); 0.934 when written
        BlindFloor(name: "holdout9-answers", kind: .answers, lines: 180, floor: 0.945),
        // 0.864 (165/191); 0.853 when written
        BlindFloor(name: "holdout9-dialogue", kind: .dialogue, lines: 185, floor: 0.86),
        // Round 12: `blinddev8-*` (development), `holdout10-*` (test); all four writers chose
        // their own personas, so development misses sample the same kinds as test misses.
        // 0.967 (262/271); 0.908 when written
        BlindFloor(name: "blinddev8-utterances", kind: .utterances, lines: 265, floor: 0.965),
        // 0.946 (157/166); 0.855 when written
        BlindFloor(name: "blinddev8-followups", kind: .followUps, lines: 160, floor: 0.945),
        // verdict 0.945 (190/201); 0.866 when written
        BlindFloor(name: "blinddev8-answers", kind: .answers, lines: 195, floor: 0.945),
        // 0.935 (158/169); 0.882 when written
        BlindFloor(name: "blinddev8-dialogue", kind: .dialogue, lines: 165, floor: 0.93),
        // 0.957 (223/233) when written
        // 0.974 (227/233) with the phrasing prior (round 13)
        BlindFloor(name: "holdout10-utterances", kind: .utterances, lines: 225, floor: 0.97),
        // 0.915 (119/130); 0.900 when written
        BlindFloor(name: "holdout10-followups", kind: .followUps, lines: 125, floor: 0.915),
        // verdict 0.918 (167/182); 0.907 when written
        BlindFloor(name: "holdout10-answers", kind: .answers, lines: 175, floor: 0.915),
        // 0.891 (139/156); 0.885 when written
        BlindFloor(name: "holdout10-dialogue", kind: .dialogue, lines: 150, floor: 0.89),
        // Round 13: `blinddev9-*` (development), `holdout11-*` (test), one brief, each writer's
        // own personas; the phrasing prior was built after they were written.
        // 0.915 (237/259); 0.803 when written (the prior has learnt these lines)
        BlindFloor(name: "blinddev9-utterances", kind: .utterances, lines: 250, floor: 0.91),
        // 0.815 (137/168); 0.810 when written
        BlindFloor(name: "blinddev9-followups", kind: .followUps, lines: 160, floor: 0.81),
        // verdict 0.848 (178/210); 0.814 when written
        BlindFloor(name: "blinddev9-answers", kind: .answers, lines: 200, floor: 0.845),
        // 0.895 (153/171); 0.854 when written
        BlindFloor(name: "blinddev9-dialogue", kind: .dialogue, lines: 165, floor: 0.89),
        // 0.835 (212/254); 0.780 when written
        BlindFloor(name: "holdout11-utterances", kind: .utterances, lines: 245, floor: 0.83),
        // 0.799 (119/149); 0.792 when written
        BlindFloor(name: "holdout11-followups", kind: .followUps, lines: 140, floor: 0.795),
        // verdict 0.870 (168/193) when written
        BlindFloor(name: "holdout11-answers", kind: .answers, lines: 185, floor: 0.865),
        // 0.910 (162/178) when written
        BlindFloor(name: "holdout11-dialogue", kind: .dialogue, lines: 170, floor: 0.905),
        // Rounds 14 and 15, in `Tests/Data/beyond-prior/`: sets written after the phrasing
        // prior's training data was fixed, so none of their lines teaches it. Floors just
        // under the figures when written (blinddev10 single lines as unseen).
        // Round 14: `blinddev10-*` (development), `holdout12-*` (test).
        BlindFloor(name: "beyond-prior/blinddev10-utterances", kind: .utterances, lines: 270, floor: 0.85),
        BlindFloor(name: "beyond-prior/blinddev10-followups", kind: .followUps, lines: 175, floor: 0.735),
        BlindFloor(name: "beyond-prior/blinddev10-answers", kind: .answers, lines: 220, floor: 0.905),
        BlindFloor(name: "beyond-prior/blinddev10-dialogue", kind: .dialogue, lines: 160, floor: 0.76),
        BlindFloor(name: "beyond-prior/holdout12-utterances", kind: .utterances, lines: 270, floor: 0.83),
        BlindFloor(name: "beyond-prior/holdout12-followups", kind: .followUps, lines: 175, floor: 0.805),
        BlindFloor(name: "beyond-prior/holdout12-answers", kind: .answers, lines: 215, floor: 0.885),
        BlindFloor(name: "beyond-prior/holdout12-dialogue", kind: .dialogue, lines: 170, floor: 0.79),
        // Round 15: `blinddev11-*` (development), `holdout13-*` (test).
        BlindFloor(name: "beyond-prior/blinddev11-utterances", kind: .utterances, lines: 265, floor: 0.78),
        BlindFloor(name: "beyond-prior/blinddev11-followups", kind: .followUps, lines: 170, floor: 0.74),
        BlindFloor(name: "beyond-prior/blinddev11-answers", kind: .answers, lines: 210, floor: 0.845),
        BlindFloor(name: "beyond-prior/blinddev11-dialogue", kind: .dialogue, lines: 155, floor: 0.805),
        BlindFloor(name: "beyond-prior/holdout13-utterances", kind: .utterances, lines: 275, floor: 0.78),
        BlindFloor(name: "beyond-prior/holdout13-followups", kind: .followUps, lines: 170, floor: 0.71),
        BlindFloor(name: "beyond-prior/holdout13-answers", kind: .answers, lines: 215, floor: 0.885),
        BlindFloor(name: "beyond-prior/holdout13-dialogue", kind: .dialogue, lines: 160, floor: 0.83),
        // Round 16: `blinddev12-*` (development), `holdout14-*` (test); when written 0.842,
        // 0.848, verdict 0.935, 0.879 and 0.842, 0.709, verdict 0.926, 0.883; floors set at
        // the round's end: 0.864 (241/279), 0.897 (165/184), 0.965, 0.965 (167/173) and 0.842
        // (235/279), 0.714 (135/189), 0.945, 0.889 (152/171).
        BlindFloor(name: "beyond-prior/blinddev12-utterances", kind: .utterances, lines: 270, floor: 0.86),
        BlindFloor(name: "beyond-prior/blinddev12-followups", kind: .followUps, lines: 175, floor: 0.89),
        BlindFloor(name: "beyond-prior/blinddev12-answers", kind: .answers, lines: 220, floor: 0.96),
        BlindFloor(name: "beyond-prior/blinddev12-dialogue", kind: .dialogue, lines: 165, floor: 0.96),
        BlindFloor(name: "beyond-prior/holdout14-utterances", kind: .utterances, lines: 270, floor: 0.84),
        BlindFloor(name: "beyond-prior/holdout14-followups", kind: .followUps, lines: 180, floor: 0.71),
        BlindFloor(name: "beyond-prior/holdout14-answers", kind: .answers, lines: 210, floor: 0.94),
        BlindFloor(name: "beyond-prior/holdout14-dialogue", kind: .dialogue, lines: 165, floor: 0.885),
        // Round 17: `blinddev13-*` (development), `holdout15-*` (test); when written 0.848,
        // 0.836, verdict 0.911, 0.911 and 0.898, 0.876, verdict 0.975, 0.964; floors set at
        // the round's end: 0.874 (242/277), 0.896 (164/183), 0.956, 0.958 (161/168) and 0.901
        // (255/283), 0.888 (158/178), 0.975, 0.964 (161/167).
        BlindFloor(name: "beyond-prior/blinddev13-utterances", kind: .utterances, lines: 270, floor: 0.87),
        BlindFloor(name: "beyond-prior/blinddev13-followups", kind: .followUps, lines: 175, floor: 0.89),
        BlindFloor(name: "beyond-prior/blinddev13-answers", kind: .answers, lines: 215, floor: 0.95),
        BlindFloor(name: "beyond-prior/blinddev13-dialogue", kind: .dialogue, lines: 160, floor: 0.955),
        BlindFloor(name: "beyond-prior/holdout15-utterances", kind: .utterances, lines: 275, floor: 0.90),
        BlindFloor(name: "beyond-prior/holdout15-followups", kind: .followUps, lines: 170, floor: 0.885),
        BlindFloor(name: "beyond-prior/holdout15-answers", kind: .answers, lines: 235, floor: 0.97),
        BlindFloor(name: "beyond-prior/holdout15-dialogue", kind: .dialogue, lines: 160, floor: 0.96),
        // Round 18: `blinddev14-*` (development), `holdout16-*` (test); when written 0.828,
        // 0.831, verdict 0.909, 0.855 and 0.883, 0.777, verdict 0.946, 0.856; floors set at
        // the round's end: 0.903 (252/279), 0.858 (157/183), 0.955, 0.904 (150/166) and 0.883
        // (257/291), 0.803 (151/188), 0.955, 0.862 (150/174).
        BlindFloor(name: "beyond-prior/blinddev14-utterances", kind: .utterances, lines: 270, floor: 0.90),
        BlindFloor(name: "beyond-prior/blinddev14-followups", kind: .followUps, lines: 175, floor: 0.855),
        BlindFloor(name: "beyond-prior/blinddev14-answers", kind: .answers, lines: 215, floor: 0.95),
        BlindFloor(name: "beyond-prior/blinddev14-dialogue", kind: .dialogue, lines: 160, floor: 0.90),
        BlindFloor(name: "beyond-prior/holdout16-utterances", kind: .utterances, lines: 285, floor: 0.88),
        BlindFloor(name: "beyond-prior/holdout16-followups", kind: .followUps, lines: 180, floor: 0.80),
        BlindFloor(name: "beyond-prior/holdout16-answers", kind: .answers, lines: 220, floor: 0.95),
        BlindFloor(name: "beyond-prior/holdout16-dialogue", kind: .dialogue, lines: 170, floor: 0.86),
        // Round 19: `blinddev15-*` (development), `holdout17-*` (test); when written 0.856,
        // 0.801, verdict 0.917, 0.830 and 0.851, 0.827, verdict 0.927, 0.875; floors set a line
        // under the round's end: 0.937 (266/284), 0.851 (154/181), 0.948, 0.943 (166/176) and
        // 0.861 (248/288), 0.832 (149/179), 0.927, 0.875 (154/176).
        BlindFloor(name: "beyond-prior/blinddev15-utterances", kind: .utterances, lines: 275, floor: 0.93),
        BlindFloor(name: "beyond-prior/blinddev15-followups", kind: .followUps, lines: 175, floor: 0.845),
        BlindFloor(name: "beyond-prior/blinddev15-answers", kind: .answers, lines: 220, floor: 0.94),
        BlindFloor(name: "beyond-prior/blinddev15-dialogue", kind: .dialogue, lines: 170, floor: 0.935),
        BlindFloor(name: "beyond-prior/holdout17-utterances", kind: .utterances, lines: 280, floor: 0.855),
        BlindFloor(name: "beyond-prior/holdout17-followups", kind: .followUps, lines: 175, floor: 0.825),
        BlindFloor(name: "beyond-prior/holdout17-answers", kind: .answers, lines: 215, floor: 0.92),
        BlindFloor(name: "beyond-prior/holdout17-dialogue", kind: .dialogue, lines: 170, floor: 0.865),
        // Round 20: `blinddev16-*` (development), `holdout18-*` (test); when written 0.915,
        // 0.874, verdict 0.960, 0.949 and 0.917, 0.834, verdict 0.958, 0.904; floors set a line
        // under the round's end: 0.946 (279/295), 0.897 (157/175), 0.972, 0.954 (167/175) and
        // 0.917 (276/301), 0.851 (149/175), 0.962, 0.904 (151/167).
        BlindFloor(name: "beyond-prior/blinddev16-utterances", kind: .utterances, lines: 285, floor: 0.94),
        BlindFloor(name: "beyond-prior/blinddev16-followups", kind: .followUps, lines: 170, floor: 0.89),
        BlindFloor(name: "beyond-prior/blinddev16-answers", kind: .answers, lines: 240, floor: 0.965),
        BlindFloor(name: "beyond-prior/blinddev16-dialogue", kind: .dialogue, lines: 170, floor: 0.945),
        BlindFloor(name: "beyond-prior/holdout18-utterances", kind: .utterances, lines: 295, floor: 0.91),
        BlindFloor(name: "beyond-prior/holdout18-followups", kind: .followUps, lines: 170, floor: 0.845),
        BlindFloor(name: "beyond-prior/holdout18-answers", kind: .answers, lines: 230, floor: 0.955),
        BlindFloor(name: "beyond-prior/holdout18-dialogue", kind: .dialogue, lines: 160, floor: 0.895),
        // Round 21: `blinddev17-*` (development), `holdout19-*` (test); when written 0.882,
        // 0.798, verdict 0.947, 0.883 and 0.868, 0.818, verdict 0.970, 0.970; floors set a line
        // under the round's end: 0.932 (260/279), 0.826 (147/178), 0.951, 0.918 (157/171) and
        // 0.878 (252/287), 0.824 (145/176), 0.970, 0.970 (162/167).
        BlindFloor(name: "beyond-prior/blinddev17-utterances", kind: .utterances, lines: 270, floor: 0.925),
        BlindFloor(name: "beyond-prior/blinddev17-followups", kind: .followUps, lines: 170, floor: 0.82),
        BlindFloor(name: "beyond-prior/blinddev17-answers", kind: .answers, lines: 220, floor: 0.945),
        BlindFloor(name: "beyond-prior/blinddev17-dialogue", kind: .dialogue, lines: 165, floor: 0.91),
        BlindFloor(name: "beyond-prior/holdout19-utterances", kind: .utterances, lines: 280, floor: 0.874),
        BlindFloor(name: "beyond-prior/holdout19-followups", kind: .followUps, lines: 170, floor: 0.815),
        BlindFloor(name: "beyond-prior/holdout19-answers", kind: .answers, lines: 225, floor: 0.965),
        BlindFloor(name: "beyond-prior/holdout19-dialogue", kind: .dialogue, lines: 160, floor: 0.96),
        // Round 22: `blinddev18-*` (development), `holdout20-*` (test); when written 0.893,
        // 0.872, verdict 0.927, 0.812 and 0.889, 0.888, verdict 0.957, 0.885; floors set a line
        // under the round's end: 0.980 (294/300), 0.934 (183/196), 0.967, 0.901 (201/223) and
        // 0.902 (268/297), 0.899 (169/188), 0.966, 0.900 (188/209).
        BlindFloor(name: "beyond-prior/blinddev18-utterances", kind: .utterances, lines: 295, floor: 0.976),
        BlindFloor(name: "beyond-prior/blinddev18-followups", kind: .followUps, lines: 190, floor: 0.928),
        BlindFloor(name: "beyond-prior/blinddev18-answers", kind: .answers, lines: 240, floor: 0.963),
        BlindFloor(name: "beyond-prior/blinddev18-dialogue", kind: .dialogue, lines: 215, floor: 0.896),
        BlindFloor(name: "beyond-prior/holdout20-utterances", kind: .utterances, lines: 290, floor: 0.898),
        BlindFloor(name: "beyond-prior/holdout20-followups", kind: .followUps, lines: 185, floor: 0.893),
        BlindFloor(name: "beyond-prior/holdout20-answers", kind: .answers, lines: 230, floor: 0.961),
        BlindFloor(name: "beyond-prior/holdout20-dialogue", kind: .dialogue, lines: 200, floor: 0.894),
        // Round 23: `blinddev19-*` (development), `holdout21-*` (test); when written 0.894,
        // 0.885, verdict 0.957, 0.865 and 0.921, 0.923, verdict 0.979, 0.905; floors set a line
        // under the round's end: 0.970 (293/302), 0.896 (172/192), 0.974, 0.895 (179/200) and
        // 0.931 (284/305), 0.923 (167/181), 0.979, 0.910 (201/221).
        BlindFloor(name: "beyond-prior/blinddev19-utterances", kind: .utterances, lines: 300, floor: 0.966),
        BlindFloor(name: "beyond-prior/blinddev19-followups", kind: .followUps, lines: 190, floor: 0.89),
        BlindFloor(name: "beyond-prior/blinddev19-answers", kind: .answers, lines: 230, floor: 0.97),
        BlindFloor(name: "beyond-prior/blinddev19-dialogue", kind: .dialogue, lines: 195, floor: 0.89),
        BlindFloor(name: "beyond-prior/holdout21-utterances", kind: .utterances, lines: 300, floor: 0.927),
        BlindFloor(name: "beyond-prior/holdout21-followups", kind: .followUps, lines: 180, floor: 0.917),
        BlindFloor(name: "beyond-prior/holdout21-answers", kind: .answers, lines: 235, floor: 0.975),
        BlindFloor(name: "beyond-prior/holdout21-dialogue", kind: .dialogue, lines: 220, floor: 0.904),
        // Round 24: `blinddev20-*` (development), `holdout22-*` (test); when written 0.930,
        // 0.945, verdict 0.939, 0.932 and 0.932, 0.878, verdict 0.934, 0.877; floors set a line
        // under the round's end: 0.980 (296/302), 0.973 (178/183), 0.980, 0.973 (214/220) and
        // 0.935 (289/309), 0.884 (167/189), 0.942, 0.891 (196/220).
        BlindFloor(name: "beyond-prior/blinddev20-utterances", kind: .utterances, lines: 300, floor: 0.976),
        BlindFloor(name: "beyond-prior/blinddev20-followups", kind: .followUps, lines: 180, floor: 0.967),
        BlindFloor(name: "beyond-prior/blinddev20-answers", kind: .answers, lines: 240, floor: 0.975),
        BlindFloor(name: "beyond-prior/blinddev20-dialogue", kind: .dialogue, lines: 215, floor: 0.968),
        BlindFloor(name: "beyond-prior/holdout22-utterances", kind: .utterances, lines: 300, floor: 0.932),
        BlindFloor(name: "beyond-prior/holdout22-followups", kind: .followUps, lines: 185, floor: 0.878),
        BlindFloor(name: "beyond-prior/holdout22-answers", kind: .answers, lines: 240, floor: 0.938),
        BlindFloor(name: "beyond-prior/holdout22-dialogue", kind: .dialogue, lines: 215, floor: 0.886),
        // Round 25: `blinddev21-*` (development), `holdout23-*` (test); when written 0.931,
        // 0.946, verdict 0.947, 0.877 and 0.942, 0.847, verdict 0.914, 0.890; floors set a line
        // under the round's end: 0.990 (287/290), 0.978 (182/186), 0.960, 0.932 (204/219) and
        // 0.949 (277/292), 0.847 (160/189), 0.918, 0.890 (186/209).
        BlindFloor(name: "beyond-prior/blinddev21-utterances", kind: .utterances, lines: 285, floor: 0.986),
        BlindFloor(name: "beyond-prior/blinddev21-followups", kind: .followUps, lines: 180, floor: 0.973),
        BlindFloor(name: "beyond-prior/blinddev21-answers", kind: .answers, lines: 240, floor: 0.955),
        BlindFloor(name: "beyond-prior/blinddev21-dialogue", kind: .dialogue, lines: 215, floor: 0.926),
        BlindFloor(name: "beyond-prior/holdout23-utterances", kind: .utterances, lines: 285, floor: 0.945),
        BlindFloor(name: "beyond-prior/holdout23-followups", kind: .followUps, lines: 185, floor: 0.841),
        BlindFloor(name: "beyond-prior/holdout23-answers", kind: .answers, lines: 240, floor: 0.914),
        BlindFloor(name: "beyond-prior/holdout23-dialogue", kind: .dialogue, lines: 205, floor: 0.885),
        // Round 26: `blinddev22-*` (development), `holdout24-*` (test); when written 0.911,
        // 0.899, verdict 0.967, 0.845 and 0.905, 0.904, verdict 0.938, 0.883; floors set a line
        // under the round's end: 0.938 (286/305), 0.899 (170/189), 0.971, 0.915 (195/213) and
        // 0.905 (275/304), 0.910 (171/188), 0.938, 0.883 (188/213).
        BlindFloor(name: "beyond-prior/blinddev22-utterances", kind: .utterances, lines: 305, floor: 0.934),
        BlindFloor(name: "beyond-prior/blinddev22-followups", kind: .followUps, lines: 185, floor: 0.894),
        BlindFloor(name: "beyond-prior/blinddev22-answers", kind: .answers, lines: 240, floor: 0.966),
        BlindFloor(name: "beyond-prior/blinddev22-dialogue", kind: .dialogue, lines: 210, floor: 0.910),
        BlindFloor(name: "beyond-prior/holdout24-utterances", kind: .utterances, lines: 300, floor: 0.901),
        BlindFloor(name: "beyond-prior/holdout24-followups", kind: .followUps, lines: 185, floor: 0.904),
        BlindFloor(name: "beyond-prior/holdout24-answers", kind: .answers, lines: 240, floor: 0.933),
        BlindFloor(name: "beyond-prior/holdout24-dialogue", kind: .dialogue, lines: 210, floor: 0.877),
        // Round 27: `blinddev23-*` (development), `holdout25-*` (test); when written 0.919,
        // 0.871, verdict 0.944, 0.888 and 0.946, 0.910, verdict 0.939, 0.893; floors set a line
        // under the round's end: 0.951 (292/307), 0.882 (164/186), 0.964, 0.901 (201/223) and
        // 0.953 (282/296), 0.910 (172/189), 0.939, 0.903 (186/206).
        BlindFloor(name: "beyond-prior/blinddev23-utterances", kind: .utterances, lines: 305, floor: 0.947),
        BlindFloor(name: "beyond-prior/blinddev23-followups", kind: .followUps, lines: 185, floor: 0.876),
        BlindFloor(name: "beyond-prior/blinddev23-answers", kind: .answers, lines: 250, floor: 0.960),
        BlindFloor(name: "beyond-prior/blinddev23-dialogue", kind: .dialogue, lines: 220, floor: 0.896),
        BlindFloor(name: "beyond-prior/holdout25-utterances", kind: .utterances, lines: 295, floor: 0.949),
        BlindFloor(name: "beyond-prior/holdout25-followups", kind: .followUps, lines: 185, floor: 0.904),
        BlindFloor(name: "beyond-prior/holdout25-answers", kind: .answers, lines: 245, floor: 0.934),
        BlindFloor(name: "beyond-prior/holdout25-dialogue", kind: .dialogue, lines: 205, floor: 0.898),
        // Round 28: `blinddev24-*` (development), `holdout26-*` (test); when written 0.860, 0.842, verdict
        // 0.888, 0.778 and 0.916, 0.858, verdict 0.928, 0.813; floors set a line under the round's end:
        // 0.860 (257/299), 0.842 (160/190), 0.928, 0.784 (138/176) and 0.920 (275/299), 0.858 (163/190),
        // 0.928, 0.813 (148/182).
        BlindFloor(name: "beyond-prior/blinddev24-utterances", kind: .utterances, lines: 295, floor: 0.856),
        BlindFloor(name: "beyond-prior/blinddev24-followups", kind: .followUps, lines: 190, floor: 0.836),
        BlindFloor(name: "beyond-prior/blinddev24-answers", kind: .answers, lines: 245, floor: 0.923),
        BlindFloor(name: "beyond-prior/blinddev24-dialogue", kind: .dialogue, lines: 175, floor: 0.778),
        BlindFloor(name: "beyond-prior/holdout26-utterances", kind: .utterances, lines: 295, floor: 0.916),
        BlindFloor(name: "beyond-prior/holdout26-followups", kind: .followUps, lines: 190, floor: 0.852),
        BlindFloor(name: "beyond-prior/holdout26-answers", kind: .answers, lines: 250, floor: 0.924),
        BlindFloor(name: "beyond-prior/holdout26-dialogue", kind: .dialogue, lines: 180, floor: 0.807),
        // Round 29: `blinddev25-*` (development), `holdout27-*` (test); when written 0.889, 0.900, verdict
        // 0.936, 0.733 and 0.896, 0.863, verdict 0.884, 0.766; floors set a line under the round's end:
        // 0.966 (288/298), 0.953 (181/190), 0.972, 0.892 (157/176) and 0.899 (268/298), 0.874 (166/190),
        // 0.908, 0.766 (134/175).
        BlindFloor(name: "beyond-prior/blinddev25-utterances", kind: .utterances, lines: 295, floor: 0.963),
        BlindFloor(name: "beyond-prior/blinddev25-followups", kind: .followUps, lines: 190, floor: 0.947),
        BlindFloor(name: "beyond-prior/blinddev25-answers", kind: .answers, lines: 250, floor: 0.968),
        BlindFloor(name: "beyond-prior/blinddev25-dialogue", kind: .dialogue, lines: 175, floor: 0.886),
        BlindFloor(name: "beyond-prior/holdout27-utterances", kind: .utterances, lines: 295, floor: 0.895),
        BlindFloor(name: "beyond-prior/holdout27-followups", kind: .followUps, lines: 190, floor: 0.868),
        BlindFloor(name: "beyond-prior/holdout27-answers", kind: .answers, lines: 250, floor: 0.904),
        BlindFloor(name: "beyond-prior/holdout27-dialogue", kind: .dialogue, lines: 175, floor: 0.760),
        // Round 30: `blinddev26-*` (development), `holdout28-*` (test); when written 0.886, 0.832, verdict
        // 0.904, 0.890 and 0.896, 0.879, verdict 0.924, 0.777; floors set a line under the round's end:
        // 0.913 (273/299), 0.853 (162/190), 0.936, 0.956 (174/182) and 0.910 (272/299), 0.884 (168/190),
        // 0.924, 0.771 (135/175).
        BlindFloor(name: "beyond-prior/blinddev26-utterances", kind: .utterances, lines: 295, floor: 0.909),
        BlindFloor(name: "beyond-prior/blinddev26-followups", kind: .followUps, lines: 190, floor: 0.847),
        BlindFloor(name: "beyond-prior/blinddev26-answers", kind: .answers, lines: 250, floor: 0.932),
        BlindFloor(name: "beyond-prior/blinddev26-dialogue", kind: .dialogue, lines: 180, floor: 0.950),
        BlindFloor(name: "beyond-prior/holdout28-utterances", kind: .utterances, lines: 295, floor: 0.906),
        BlindFloor(name: "beyond-prior/holdout28-followups", kind: .followUps, lines: 190, floor: 0.878),
        BlindFloor(name: "beyond-prior/holdout28-answers", kind: .answers, lines: 250, floor: 0.920),
        BlindFloor(name: "beyond-prior/holdout28-dialogue", kind: .dialogue, lines: 175, floor: 0.765),
        // Round 31: `blinddev27-*` (development), `holdout29-*` (test); when written 0.923, 0.879, verdict
        // 0.892, 0.824 and 0.903, 0.916, verdict 0.948, 0.897; floors set a line under the round's end:
        // 0.937 (281/300), 0.895 (170/190), 0.916, 0.903 (159/176) and 0.903 (270/299), 0.911 (173/190),
        // 0.952, 0.903 (158/175).
        BlindFloor(name: "beyond-prior/blinddev27-utterances", kind: .utterances, lines: 300, floor: 0.933),
        BlindFloor(name: "beyond-prior/blinddev27-followups", kind: .followUps, lines: 190, floor: 0.889),
        BlindFloor(name: "beyond-prior/blinddev27-answers", kind: .answers, lines: 250, floor: 0.912),
        BlindFloor(name: "beyond-prior/blinddev27-dialogue", kind: .dialogue, lines: 175, floor: 0.897),
        BlindFloor(name: "beyond-prior/holdout29-utterances", kind: .utterances, lines: 295, floor: 0.899),
        BlindFloor(name: "beyond-prior/holdout29-followups", kind: .followUps, lines: 190, floor: 0.905),
        BlindFloor(name: "beyond-prior/holdout29-answers", kind: .answers, lines: 250, floor: 0.948),
        BlindFloor(name: "beyond-prior/holdout29-dialogue", kind: .dialogue, lines: 175, floor: 0.897),
        // Round 32: `blinddev28-*` (development), `holdout30-*` (test); when written 0.949, 0.942, verdict
        // 0.972, 0.976 and 0.910, 0.879, verdict 0.972, 0.855; floors set a line under the round's end:
        // 0.963 (284/295), 0.947 (179/189), 0.972, 0.982 (163/166) and 0.913 (274/300), 0.879 (167/190),
        // 0.972, 0.855 (148/173).
        BlindFloor(name: "beyond-prior/blinddev28-utterances", kind: .utterances, lines: 295, floor: 0.959),
        BlindFloor(name: "beyond-prior/blinddev28-followups", kind: .followUps, lines: 185, floor: 0.941),
        BlindFloor(name: "beyond-prior/blinddev28-answers", kind: .answers, lines: 245, floor: 0.967),
        BlindFloor(name: "beyond-prior/blinddev28-dialogue", kind: .dialogue, lines: 165, floor: 0.975),
        BlindFloor(name: "beyond-prior/holdout30-utterances", kind: .utterances, lines: 300, floor: 0.910),
        BlindFloor(name: "beyond-prior/holdout30-followups", kind: .followUps, lines: 190, floor: 0.873),
        BlindFloor(name: "beyond-prior/holdout30-answers", kind: .answers, lines: 250, floor: 0.968),
        BlindFloor(name: "beyond-prior/holdout30-dialogue", kind: .dialogue, lines: 170, floor: 0.849),
        // Round 33: `blinddev29-*` (development), `holdout31-*` (test); when written 0.890, 0.889, verdict
        // 0.940, 0.903 and 0.909, 0.847, verdict 0.948, 0.899; floors set a line under the round's end:
        // 0.897 (269/300), 0.911 (173/190), 0.944, 0.931 (163/175) and 0.909 (271/298), 0.853 (162/190),
        // 0.948, 0.899 (169/188).
        BlindFloor(name: "beyond-prior/blinddev29-utterances", kind: .utterances, lines: 295, floor: 0.893),
        BlindFloor(name: "beyond-prior/blinddev29-followups", kind: .followUps, lines: 185, floor: 0.905),
        // (The CLI's 0.944 is 236/250. Until round 34 this suite graded through `Grader` alone,
        // which found no misconception in two answers that open on "Yes" or "Never" where the
        // CLI's grade, leaning on the question, finds it: 0.936. It grades as the CLI does now,
        // `LabeledSetScorer.gradeAsTheCLIDoes`.)
        BlindFloor(name: "beyond-prior/blinddev29-answers", kind: .answers, lines: 245, floor: 0.932),
        BlindFloor(name: "beyond-prior/blinddev29-dialogue", kind: .dialogue, lines: 170, floor: 0.925),
        BlindFloor(name: "beyond-prior/holdout31-utterances", kind: .utterances, lines: 295, floor: 0.906),
        BlindFloor(name: "beyond-prior/holdout31-followups", kind: .followUps, lines: 185, floor: 0.847),
        BlindFloor(name: "beyond-prior/holdout31-answers", kind: .answers, lines: 245, floor: 0.944),
        BlindFloor(name: "beyond-prior/holdout31-dialogue", kind: .dialogue, lines: 180, floor: 0.893),
        // Round 34: `blinddev30-*` (development), `holdout32-*` (test); when written 0.903, 0.905, verdict
        // 0.932, 0.901 and 0.910, 0.884, verdict 0.916, 0.920; floors set a line under the round's end:
        // 0.903 (270/299), 0.905 (172/190), 0.932, 0.907 (165/182) and 0.910 (272/299), 0.884 (168/190),
        // 0.916, 0.926 (163/176).
        BlindFloor(name: "beyond-prior/blinddev30-utterances", kind: .utterances, lines: 295, floor: 0.899),
        BlindFloor(name: "beyond-prior/blinddev30-followups", kind: .followUps, lines: 190, floor: 0.900),
        BlindFloor(name: "beyond-prior/blinddev30-answers", kind: .answers, lines: 250, floor: 0.928),
        BlindFloor(name: "beyond-prior/blinddev30-dialogue", kind: .dialogue, lines: 180, floor: 0.901),
        BlindFloor(name: "beyond-prior/holdout32-utterances", kind: .utterances, lines: 295, floor: 0.906),
        BlindFloor(name: "beyond-prior/holdout32-followups", kind: .followUps, lines: 190, floor: 0.878),
        BlindFloor(name: "beyond-prior/holdout32-answers", kind: .answers, lines: 245, floor: 0.911),
        BlindFloor(name: "beyond-prior/holdout32-dialogue", kind: .dialogue, lines: 175, floor: 0.920),
    ])
    func keepsItsFloor(_ floor: BlindFloor) { floor.check() }

    /// The dialogue sets written from round 6 on name only ids the knowledge base has, in
    /// their quiz and ask lines too.
    @Test(arguments: [
        "blinddev2-dialogue", "holdout4-dialogue", "blinddev3-dialogue", "holdout5-dialogue", "blinddev4-dialogue",
        "holdout6-dialogue", "blinddev5-dialogue", "holdout7-dialogue", "blinddev6-dialogue", "holdout8-dialogue",
        "blinddev7-dialogue", "holdout9-dialogue", "blinddev8-dialogue", "holdout10-dialogue", "blinddev9-dialogue",
        "holdout11-dialogue", "beyond-prior/blinddev10-dialogue", "beyond-prior/holdout12-dialogue",
        "beyond-prior/blinddev11-dialogue", "beyond-prior/holdout13-dialogue", "beyond-prior/blinddev12-dialogue",
        "beyond-prior/holdout14-dialogue", "beyond-prior/blinddev13-dialogue", "beyond-prior/holdout15-dialogue",
        "beyond-prior/blinddev14-dialogue", "beyond-prior/holdout16-dialogue", "beyond-prior/blinddev15-dialogue",
        "beyond-prior/holdout17-dialogue", "beyond-prior/blinddev16-dialogue", "beyond-prior/holdout18-dialogue",
        "beyond-prior/blinddev17-dialogue", "beyond-prior/holdout19-dialogue", "beyond-prior/blinddev18-dialogue",
        "beyond-prior/holdout20-dialogue", "beyond-prior/blinddev19-dialogue", "beyond-prior/holdout21-dialogue",
        "beyond-prior/blinddev20-dialogue", "beyond-prior/holdout22-dialogue", "beyond-prior/blinddev21-dialogue",
        "beyond-prior/holdout23-dialogue", "beyond-prior/blinddev22-dialogue", "beyond-prior/holdout24-dialogue",
        "beyond-prior/blinddev23-dialogue", "beyond-prior/holdout25-dialogue", "beyond-prior/blinddev24-dialogue",
        "beyond-prior/holdout26-dialogue", "beyond-prior/blinddev25-dialogue", "beyond-prior/holdout27-dialogue",
        "beyond-prior/blinddev26-dialogue", "beyond-prior/holdout28-dialogue", "beyond-prior/blinddev27-dialogue",
        "beyond-prior/holdout29-dialogue", "beyond-prior/blinddev28-dialogue", "beyond-prior/holdout30-dialogue",
        "beyond-prior/blinddev29-dialogue", "beyond-prior/holdout31-dialogue", "beyond-prior/blinddev30-dialogue",
        "beyond-prior/holdout32-dialogue",
    ])
    func dialogueNamesOnlyKnownIds(_ set: String) {
        for problem in DialogueSetScorer.labelProblems("Tests/Data/\(set).tsv", checkAsks: true) {
            Issue.record("\(problem)")
        }
    }
}
