<?xml version="1.0" encoding="UTF-8"?>
<!-- A short record for a result list: control number, title, first author, date. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:m="http://www.loc.gov/MARC21/slim">
  <xsl:output indent="no" method="xml" encoding="UTF-8" omit-xml-declaration="yes"/>
  <xsl:template match="/">
    <xsl:for-each select="//m:record">
      <brief id="{normalize-space(m:controlfield[@tag='001'])}">
        <title><xsl:value-of select="m:datafield[@tag='245']/m:subfield[@code='a']"/></title>
        <author><xsl:value-of select="m:datafield[@tag='100']/m:subfield[@code='a']"/></author>
        <date><xsl:value-of select="substring(m:controlfield[@tag='008'], 8, 4)"/></date>
      </brief>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
