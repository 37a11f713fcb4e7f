## Error pages.

fout-niet-gevonden-titel = Bu sayfa yok
fout-niet-gevonden-tekst = Bu sayfayı bulamıyoruz.
fout-niet-gevonden-adres = Adresi kendiniz mi yazdınız? O zaman adresin doğru olup olmadığına bakın.
fout-formulier-titel = Formunuzu almadık
fout-formulier-tekst = Tarayıcınız formu, güvenmediğimiz bir şekilde gönderdi.
fout-formulier-opnieuw = Forma geri dönün ve tekrar deneyin.
fout-te-groot-titel = Bu çok büyük
fout-te-groot-tekst = Form veya dosya, alabileceğimizden daha büyük. Geri dönün ve daha küçük bir dosya seçin.
fout-te-vaak-titel = Çok fazla denediniz
fout-te-vaak-tekst = 15 dakika bekleyin. Sonra tekrar deneyin.
fout-verzoek-titel = Bir sorun oldu
fout-verzoek-tekst = İsteğinizi anlayamadık. Geri dönün ve tekrar deneyin.
fout-server-titel = Bizim tarafımızda bir sorun oldu
fout-server-tekst = Bu bizim hatamız, sizin değil.
fout-server-later = Birkaç dakika sonra tekrar deneyin.
# While the portal starts (its database is being brought up to date): a short page without the layout.
fout-opstarten-titel = Portal açılıyor
fout-opstarten-tekst = Portalı şimdi hazırlıyoruz. Bu genellikle bir dakikadan kısa sürer.
fout-opstarten-later = Bir dakika sonra tekrar deneyin.
# Below a failed form post: the text the person typed, so that nothing is lost.
fout-server-invoer-titel = Yazdıklarınız
fout-server-invoer-tekst = Bunu kaydedemedik. Saklamak istiyorsanız kopyalayın. O zaman daha sonra tekrar yazmanız gerekmez.
fout-bel-ons = Olmuyor mu? { $gemeente } Belediyesini { $telefoon } numarasından arayın.
fout-naar-start = Ana sayfaya git
fout-tegelijk-titel = Başka biri sizden hızlı davrandı
fout-tegelijk-tekst = Başka biri bunu aynı anda değiştirdi. Hiçbir şey kaybolmadı. Geri dönün ve tekrar deneyin.
fout-te-veel-berichten-titel = Bugün artık mesaj gönderemiyoruz
fout-te-veel-berichten-tekst = Bir kişi adına ve bir adrese günde sadece birkaç mesaj gönderiyoruz. Böylece kimse portalı başkalarını rahatsız etmek için kullanamaz.
fout-te-veel-berichten-morgen = Hiçbir şey göndermedik. Yarın tekrar deneyin.
fout-controle-titel = Bu dosyayı hâlâ kontrol ediyoruz
fout-controle-tekst = Dosyada virüs olup olmadığına bakıyoruz. Bu genellikle birkaç dakika sürer. Sonra dosyayı açabilirsiniz.
fout-controle-later = Daha sonra tekrar deneyin.
